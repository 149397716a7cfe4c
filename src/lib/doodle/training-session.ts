import {
	trainClassifier,
	type DoodleClassifier,
	type TrainOptions,
	type TrainingSet,
	type TrainingProgress
} from './model';

/** Messages from the page to the training worker. */
export type ToTrainer =
	| { type: 'train'; id: number; data: TrainingSet; options?: Partial<TrainOptions> }
	| { type: 'cancel'; id: number }
	| { type: 'predict'; id: number; pixels: Float32Array; count: number };

/** Messages from the training worker to the page. */
export type FromTrainer =
	| { type: 'progress'; id: number; progress: TrainingProgress }
	| { type: 'trained'; id: number; milliseconds: number }
	| { type: 'cancelled'; id: number }
	| { type: 'failed'; id: number; message: string }
	| { type: 'predictions'; id: number; probabilities: Float32Array };

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

	async function train(id: number, data: TrainingSet, options?: Partial<TrainOptions>) {
		const controller = new AbortController();
		running.set(id, controller);
		const started = now();
		try {
			const trained = await trainClassifier(
				data,
				options,
				(progress) => post({ type: 'progress', id, progress }),
				controller.signal
			);
			model?.dispose();
			model = trained;
			post({ type: 'trained', id, milliseconds: now() - started });
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

	return {
		handle(message: ToTrainer): Promise<void> | void {
			if (message.type === 'train') return train(message.id, message.data, message.options);
			if (message.type === 'cancel') {
				running.get(message.id)?.abort();
				return;
			}
			if (!model) {
				post({ type: 'failed', id: message.id, message: 'No model yet: train one first.' });
				return;
			}
			post({
				type: 'predictions',
				id: message.id,
				probabilities: model.predictBatch(message.pixels, message.count)
			});
		},
		dispose() {
			for (const controller of running.values()) controller.abort();
			model?.dispose();
			model = null;
		}
	};
}
