import type { TrainOptions, TrainingProgress } from './model';
import type { ModelKind, WorkerItem } from './training-session';
import type { BackendName, FromWorker, ToWorker } from './worker-protocol';

export type TrainingOutcome =
	| { status: 'trained'; milliseconds: number; preparingMilliseconds: number }
	| { status: 'cancelled' };

/** What the page needs from a worker: tests pass a fake, the page a real Worker. */
export interface WorkerLike {
	postMessage(message: ToWorker): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
	addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
	terminate(): void;
}

/**
 * The page's side of the training worker, as promises: `train(items, onProgress)`, `classify`,
 * `predict`, `cancel`. Only one training runs at a time; starting another cancels the first.
 */
export class TrainerClient {
	private nextId = 1;
	private pending = new Map<
		number,
		{
			resolve: (value: never) => void;
			reject: (error: Error) => void;
			onProgress?: (progress: TrainingProgress) => void;
		}
	>();
	private training: number | null = null;
	/** How long the model itself took for the latest answer, in the worker (without messaging). */
	lastPredictionMs: number | null = null;
	readonly backend: Promise<string>;

	constructor(
		private readonly worker: WorkerLike,
		backend: BackendName = 'wasm'
	) {
		let resolveBackend: (name: string) => void = () => {};
		this.backend = new Promise((resolve) => (resolveBackend = resolve));
		worker.addEventListener('message', ({ data }) => {
			if (data.type === 'ready') return resolveBackend(data.backend);
			const waiting = this.pending.get(data.id);
			if (!waiting) return;
			if (data.type === 'progress') return waiting.onProgress?.(data.progress);
			this.pending.delete(data.id);
			if (this.training === data.id) this.training = null;
			if (data.type === 'failed') waiting.reject(new Error(data.message));
			else if (data.type === 'trained')
				waiting.resolve({
					status: 'trained',
					milliseconds: data.milliseconds,
					preparingMilliseconds: data.preparingMilliseconds
				} as never);
			else if (data.type === 'cancelled') waiting.resolve({ status: 'cancelled' } as never);
			else {
				this.lastPredictionMs = data.milliseconds;
				waiting.resolve(data.probabilities as never);
			}
		});
		// A worker that cannot start (or crashes) must not leave the page waiting for ever.
		worker.addEventListener('error', (event) => {
			this.failAll(event.message || 'The training worker stopped.');
			resolveBackend('none');
		});
		worker.postMessage({ type: 'init', backend });
	}

	private failAll(message: string) {
		for (const waiting of this.pending.values()) waiting.reject(new Error(message));
		this.pending.clear();
		this.training = null;
	}

	private request<T>(
		message: ToWorker & { id: number },
		onProgress?: (progress: TrainingProgress) => void
	): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			if (this.disposed) return reject(new Error('The trainer was closed.'));
			this.pending.set(message.id, {
				resolve: resolve as (value: never) => void,
				reject,
				onProgress
			});
			this.worker.postMessage(message);
		});
	}

	train(
		items: WorkerItem[],
		onProgress: (progress: TrainingProgress) => void,
		options?: Partial<TrainOptions>,
		model: ModelKind = 'network'
	): Promise<TrainingOutcome> {
		this.cancel();
		const id = this.nextId++;
		this.training = id;
		return this.request<TrainingOutcome>({ type: 'train', id, items, options, model }, onProgress);
	}

	get isTraining(): boolean {
		return this.training !== null;
	}

	cancel(): void {
		if (this.training !== null) this.worker.postMessage({ type: 'cancel', id: this.training });
	}

	classify(items: WorkerItem[]): Promise<Float32Array> {
		return this.request({ type: 'classify', id: this.nextId++, items });
	}

	predict(pixels: Float32Array, count = 1): Promise<Float32Array> {
		return this.request({ type: 'predict', id: this.nextId++, pixels, count });
	}

	private disposed = false;

	dispose(): void {
		this.disposed = true;
		this.worker.terminate();
		for (const waiting of this.pending.values())
			waiting.reject(new Error('The trainer was closed.'));
		this.pending.clear();
	}
}

/** The real worker, bundled by Vite as its own module with TensorFlow.js inside. */
export function startTrainer(backend: BackendName = 'wasm'): TrainerClient {
	const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
	return new TrainerClient(worker as unknown as WorkerLike, backend);
}
