import type { ShapeProblem } from './datasets';
import type { PictureProblem } from './pictures';
import type { FromImageGan, ImageData, ImageGanState, ToImageGan } from './image-session';
import type { FromGan, GanDataset, GanSnapshot, ToGan } from './session';

/** A request the worker refused; `problem` says what is wrong with a shape. */
export class GanError extends Error {
	constructor(
		message: string,
		readonly problem?: ShapeProblem | PictureProblem | 'pretrained'
	) {
		super(message);
	}
}

/** What the page needs from a worker: tests pass a fake, the page a real Worker. */
export interface WorkerLike<To, From> {
	postMessage(message: To): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<From>) => void): void;
	addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
	terminate(): void;
}
export type GanWorkerLike = WorkerLike<ToGan, FromGan>;

/** A request as the page makes it; the client numbers it. */
export type Request<To> = To extends unknown ? Omit<To, 'id'> : never;
type Answer = { id: number; type: string; message?: string; problem?: string };

/**
 * The page's side of a worker that answers each numbered request once: promises, failed
 * answers as `GanError`s, and everything waiting failed when the worker stops or is closed.
 */
export class RequestClient<To extends { id: number }, From extends Answer> {
	private nextId = 1;
	private pending = new Map<number, { resolve: (m: From) => void; reject: (e: Error) => void }>();
	private closed = false;

	constructor(private readonly worker: WorkerLike<To, From>) {
		worker.addEventListener('message', ({ data }) => {
			const waiting = this.pending.get(data.id);
			if (!waiting) return;
			this.pending.delete(data.id);
			if (data.type === 'failed')
				waiting.reject(new GanError(data.message ?? 'failed', data.problem as GanError['problem']));
			else waiting.resolve(data);
		});
		// A worker that cannot start (or crashes) must not leave the page waiting for ever.
		worker.addEventListener('error', (event) =>
			this.failAll(event.message || 'The GAN worker stopped.')
		);
	}

	private failAll(message: string) {
		for (const waiting of this.pending.values()) waiting.reject(new Error(message));
		this.pending.clear();
	}

	protected request(message: Request<To>): Promise<From> {
		return new Promise((resolve, reject) => {
			if (this.closed) return reject(new Error('The GAN was closed.'));
			const id = this.nextId++;
			this.pending.set(id, { resolve, reject });
			this.worker.postMessage({ ...message, id } as unknown as To);
		});
	}

	dispose(): void {
		this.closed = true;
		this.worker.terminate();
		this.failAll('The GAN was closed.');
	}
}

/** The page's side of the 2-D GAN's worker. */
export class GanClient extends RequestClient<ToGan, FromGan> {
	async start(
		dataset: GanDataset,
		seed?: number
	): Promise<{ real: Float32Array; snapshot: GanSnapshot }> {
		const answer = await this.request({ type: 'start', dataset, seed });
		if (answer.type !== 'started') throw new Error('unexpected answer');
		return { real: answer.real, snapshot: answer.snapshot };
	}

	private async snapshotOf(message: Request<ToGan>) {
		const answer = await this.request(message);
		if (answer.type !== 'snapshot') throw new Error('unexpected answer');
		return { snapshot: answer.snapshot, milliseconds: answer.milliseconds };
	}

	frame(iterations: number, budgetMs?: number) {
		return this.snapshotOf({ type: 'frame', iterations, budgetMs });
	}

	step(part: 'discriminator' | 'generator' | 'both') {
		return this.snapshotOf({ type: 'step', part });
	}

	reset() {
		return this.snapshotOf({ type: 'reset' });
	}
}

/** The real worker, bundled by Vite as its own module. */
export function startGan(): GanClient {
	const worker = new Worker(new URL('./gan.worker.ts', import.meta.url), { type: 'module' });
	return new GanClient(worker as unknown as GanWorkerLike);
}

/** The page's side of the image GAN's worker. */
export class ImageGanClient extends RequestClient<ToImageGan, FromImageGan> {
	private async stateOf(message: Request<ToImageGan>): Promise<ImageGanState> {
		const answer = await this.request(message);
		if (answer.type !== 'state') throw new Error('unexpected answer');
		return answer.state;
	}

	private async picturesOf(message: Request<ToImageGan>): Promise<Float32Array> {
		const answer = await this.request(message);
		if (answer.type !== 'pictures') throw new Error('unexpected answer');
		return answer.pictures;
	}

	start(data: ImageData, seed?: number) {
		return this.stateOf({ type: 'start', data, seed });
	}

	train(budgetMs: number) {
		return this.stateOf({ type: 'train', budgetMs });
	}

	reset() {
		return this.stateOf({ type: 'reset' });
	}

	/** The shipped face generator, or the generator file given (the class's forger). */
	pretrained(bytes?: Uint8Array) {
		return this.stateOf(bytes ? { type: 'pretrained', bytes } : { type: 'pretrained' });
	}

	/** The generator as a file (to share with the class). */
	async generatorFile(): Promise<Uint8Array> {
		const answer = await this.request({ type: 'generator' });
		if (answer.type !== 'generator') throw new Error('unexpected answer');
		return answer.bytes;
	}

	walk(from: number, to: number, steps: number) {
		return this.picturesOf({ type: 'walk', from, to, steps });
	}

	pictures(kind: 'real' | 'fake', count: number) {
		return this.picturesOf({ type: 'pictures', kind, count });
	}
}

/** The image GAN's worker (TensorFlow.js on WebAssembly), bundled by Vite as its own module. */
export function startImageGan(): ImageGanClient {
	const worker = new Worker(new URL('./image-gan.worker.ts', import.meta.url), { type: 'module' });
	return new ImageGanClient(worker as unknown as WorkerLike<ToImageGan, FromImageGan>);
}
