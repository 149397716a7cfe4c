import {
	trainClassifier,
	type DoodleClassifier,
	type TrainOptions,
	type TrainingProgress
} from './model';
import { ANIMALS, type Animal } from './generator';
import { rasterize, DEFAULT_RASTER } from './raster';
import { isShippedKey, starterDrawing } from './dataset';
import { extractFeatures, featureCount, type FeatureExtractor } from './features';
import { HEAD_TRAINING, predictHead, trainHead } from './head';
import type { SimplifiedDrawing } from './strokes';

/**
 * A drawing for the worker: built-in ones travel as their key alone and are made there, and so do
 * the shipped real ones (`qd:` keys), which the worker reads from its own copy of the subset.
 */
export interface WorkerItem {
	key: string;
	animal: Animal;
	drawing?: SimplifiedDrawing;
}

/**
 * Which model a training makes: `network`, the lab's small network trained from scratch on the
 * pixels (for the generated drawings); `features`, the learned feature extractor with only its
 * last layer trained on the mix (for real drawings; see features.ts and head.ts).
 */
export type ModelKind = 'network' | 'features';

/** Messages from the page to the training worker. */
export type ToTrainer =
	| {
			type: 'train';
			id: number;
			items: WorkerItem[];
			options?: Partial<TrainOptions>;
			model?: ModelKind;
	  }
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

/** Loads something once; a failed load is tried again on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | null = null;
	return () =>
		(loading ??= load().catch((error) => {
			loading = null;
			throw error;
		}));
}

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
	now = () => performance.now(),
	loadExtractor: () => Promise<FeatureExtractor> = () =>
		Promise.reject(new Error('This trainer has no feature extractor.')),
	/** The shipped real drawings by key (see dataset.ts, shippedKey). */
	loadShipped: () => Promise<ReadonlyMap<string, SimplifiedDrawing>> = () =>
		Promise.reject(new Error('This trainer has no real drawings.'))
) {
	let model: DoodleClassifier | null = null;
	const running = new Map<number, AbortController>();
	const rasters = new Map<string, Float32Array>();
	const features = new Map<string, Float32Array>();
	const extractor = once(loadExtractor);
	const shippedDrawings = once(loadShipped);
	let shipped: ReadonlyMap<string, SimplifiedDrawing> | null = null;

	/** The shipped drawings, loaded when the items name some that travelled by key alone. */
	async function drawingsReady(items: readonly WorkerItem[]): Promise<void> {
		if (!shipped && items.some((item) => !item.drawing && isShippedKey(item.key)))
			shipped = await shippedDrawings();
	}

	/** Feature rows for the items, computed once per drawing (the test set's too). */
	function featuresOf(ex: FeatureExtractor, items: WorkerItem[]): Float32Array {
		const per = featureCount(ex);
		const missing = items.filter((item) => !features.has(item.key));
		if (missing.length > 0) {
			const computed = extractFeatures(ex, pixelsOf(missing), missing.length);
			missing.forEach((item, i) => {
				if (features.size >= RASTER_CACHE_LIMIT) features.delete(features.keys().next().value!);
				features.set(item.key, computed.slice(i * per, (i + 1) * per));
			});
		}
		const rows = new Float32Array(items.length * per);
		items.forEach((item, i) => rows.set(features.get(item.key)!, i * per));
		return rows;
	}

	/** The extractor and a head trained on the mix, as a classifier of rasters. */
	async function trainFeatureModel(
		id: number,
		items: WorkerItem[],
		signal: AbortSignal
	): Promise<{ classifier: DoodleClassifier; preparingMilliseconds: number }> {
		const started = now();
		const ex = await extractor();
		const rows = featuresOf(ex, items);
		const preparingMilliseconds = now() - started;
		if (signal.aborted) throw new Error('cancelled');
		const labels = Int32Array.from(items, (item) => ANIMALS.indexOf(item.animal));
		const per = featureCount(ex);
		const passes = HEAD_TRAINING.steps / 10;
		const head = trainHead(
			rows,
			labels,
			items.length,
			per,
			ANIMALS.length,
			HEAD_TRAINING,
			(fraction, loss, accuracy) =>
				post({
					type: 'progress',
					id,
					progress: {
						epoch: Math.round(fraction * passes),
						epochs: passes,
						loss,
						accuracy,
						fraction,
						epochEnded: true
					}
				})
		);
		if (signal.aborted) throw new Error('cancelled');
		const predictBatch = (pixels: Float32Array, count: number) =>
			predictHead(head, extractFeatures(ex, pixels, count), count);
		return {
			preparingMilliseconds,
			classifier: {
				predict: (pixels) => predictBatch(pixels, 1),
				predictBatch,
				dispose: () => {}
			}
		};
	}

	function rasterOf(item: WorkerItem): Float32Array {
		let raster = rasters.get(item.key);
		if (raster) return raster;
		const drawing = item.drawing ?? shipped?.get(item.key) ?? starterDrawing(item.key);
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

	async function train(
		id: number,
		items: WorkerItem[],
		options?: Partial<TrainOptions>,
		kind: ModelKind = 'network'
	) {
		const controller = new AbortController();
		running.set(id, controller);
		const started = now();
		try {
			if (items.length === 0) throw new Error('There are no drawings to learn from.');
			await drawingsReady(items);
			if (kind === 'features') {
				const { classifier, preparingMilliseconds } = await trainFeatureModel(
					id,
					items,
					controller.signal
				);
				model?.dispose();
				model = classifier;
				post({ type: 'trained', id, milliseconds: now() - started, preparingMilliseconds });
				return;
			}
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

	async function classify(id: number, items: WorkerItem[]) {
		try {
			await drawingsReady(items);
		} catch (error) {
			post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
			return;
		}
		predict(id, () => pixelsOf(items), items.length);
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
					return train(message.id, message.items, message.options, message.model);
				case 'cancel':
					running.get(message.id)?.abort();
					return;
				case 'classify':
					return classify(message.id, message.items);
				case 'predict':
					return predict(message.id, () => message.pixels, message.count);
			}
		},
		dispose() {
			for (const controller of running.values()) controller.abort();
			model?.dispose();
			model = null;
			rasters.clear();
			features.clear();
		}
	};
}
