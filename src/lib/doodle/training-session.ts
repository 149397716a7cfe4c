import {
	trainClassifier,
	type DoodleClassifier,
	type TrainOptions,
	type TrainingProgress
} from './model';
import { ANIMALS, type Animal } from './generator';
import { rasterize, DEFAULT_RASTER } from './raster';
import { starterDrawing } from './dataset';
import type { SimplifiedDrawing } from './strokes';

/** A drawing for the worker: built-in ones travel as their key alone and are made there. */
export interface WorkerItem {
	key: string;
	animal: Animal;
	drawing?: SimplifiedDrawing;
}

/** Messages from the page to the training worker. */
export type ToTrainer =
	| { type: 'train'; id: number; items: WorkerItem[]; options?: Partial<TrainOptions> }
	| { type: 'cancel'; id: number }
	/** Class probabilities for whole drawings (the test set): rasters are kept between runs. */
	| { type: 'classify'; id: number; items: WorkerItem[] }
	/** Class probabilities for rasters made on the page (a drawing in progress). */
	| { type: 'predict'; id: number; pixels: Float32Array; count: number };

/** Messages from the training worker to the page. */
export type FromTrainer =
	| { type: 'progress'; id: number; progress: TrainingProgress }
	| { type: 'trained'; id: number; milliseconds: number; preparingMilliseconds: number }
	| { type: 'cancelled'; id: number }
	| { type: 'failed'; id: number; message: string }
	| { type: 'predictions'; id: number; probabilities: Float32Array; milliseconds: number };

const PIXELS = DEFAULT_RASTER.size * DEFAULT_RASTER.size;
/** Enough for a large mix and the test set; beyond it the oldest rasters are made again. */
const RASTER_CACHE_LIMIT = 8000;

/**
 * What the training worker does with each message, free of the worker global so it is tested
 * directly: one model at a time; a new training replaces the old model when it finishes; a cancel
 * stops the training between batches and keeps the previous model.
 */
export function createTrainingSession(
	post: (message: FromTrainer) => void,
	now = () => performance.now()
) {
	let model: DoodleClassifier | null = null;
	const running = new Map<number, AbortController>();
	const rasters = new Map<string, Float32Array>();

	function rasterOf(item: WorkerItem): Float32Array {
		let raster = rasters.get(item.key);
		if (raster) return raster;
		const drawing = item.drawing ?? starterDrawing(item.key);
		if (!drawing) throw new Error(`Unknown drawing “${item.key}”.`);
		raster = rasterize(drawing);
		if (rasters.size >= RASTER_CACHE_LIMIT) rasters.delete(rasters.keys().next().value!);
		rasters.set(item.key, raster);
		return raster;
	}

	function pixelsOf(items: WorkerItem[]): Float32Array {
		const pixels = new Float32Array(items.length * PIXELS);
		items.forEach((item, i) => pixels.set(rasterOf(item), i * PIXELS));
		return pixels;
	}

	async function train(id: number, items: WorkerItem[], options?: Partial<TrainOptions>) {
		const controller = new AbortController();
		running.set(id, controller);
		const started = now();
		try {
			if (items.length === 0) throw new Error('There are no drawings to learn from.');
			const pixels = pixelsOf(items);
			const labels = Int32Array.from(items, (item) => ANIMALS.indexOf(item.animal));
			const preparingMilliseconds = now() - started;
			const trained = await trainClassifier(
				{ pixels, labels, count: items.length, size: DEFAULT_RASTER.size, classes: ANIMALS.length },
				options,
				(progress) => post({ type: 'progress', id, progress }),
				controller.signal
			);
			model?.dispose();
			model = trained;
			post({ type: 'trained', id, milliseconds: now() - started, preparingMilliseconds });
		} catch (error) {
			if (controller.signal.aborted) post({ type: 'cancelled', id });
			else
				post({
					type: 'failed',
					id,
					message: error instanceof Error ? error.message : String(error)
				});
		} finally {
			running.delete(id);
		}
	}

	function predict(id: number, pixels: () => Float32Array, count: number) {
		if (!model) {
			post({ type: 'failed', id, message: 'No model yet: train one first.' });
			return;
		}
		try {
			const started = now();
			const probabilities = model.predictBatch(pixels(), count);
			post({ type: 'predictions', id, probabilities, milliseconds: now() - started });
		} catch (error) {
			post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
		}
	}

	return {
		handle(message: ToTrainer): Promise<void> | void {
			switch (message.type) {
				case 'train':
					return train(message.id, message.items, message.options);
				case 'cancel':
					running.get(message.id)?.abort();
					return;
				case 'classify':
					return predict(message.id, () => pixelsOf(message.items), message.items.length);
				case 'predict':
					return predict(message.id, () => message.pixels, message.count);
			}
		},
		dispose() {
			for (const controller of running.values()) controller.abort();
			model?.dispose();
			model = null;
			rasters.clear();
		}
	};
}
