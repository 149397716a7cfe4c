import type { ShapeProblem } from './datasets';
import type { FromGan, GanDataset, GanSnapshot, ToGan } from './session';

/** A request the worker refused; `problem` says what is wrong with a shape. */
export class GanError extends Error {
	constructor(
		message: string,
		readonly problem?: ShapeProblem
	) {
		super(message);
	}
}

/** What the page needs from a worker: tests pass a fake, the page a real Worker. */
export interface GanWorkerLike {
	postMessage(message: ToGan): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<FromGan>) => void): void;
	addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
	terminate(): void;
}

/** A request as the page makes it; the client numbers it. */
type GanRequest = ToGan extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/** The page's side of the 2-D GAN's worker, as promises, one answer per request. */
export class GanClient {
	private nextId = 1;
	private pending = new Map<
		number,
		{ resolve: (m: FromGan) => void; reject: (e: Error) => void }
	>();
	private closed = false;

	constructor(private readonly worker: GanWorkerLike) {
		worker.addEventListener('message', ({ data }) => {
			const waiting = this.pending.get(data.id);
			if (!waiting) return;
			this.pending.delete(data.id);
			if (data.type === 'failed') waiting.reject(new GanError(data.message, data.problem));
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

	private request(message: GanRequest): Promise<FromGan> {
		return new Promise((resolve, reject) => {
			if (this.closed) return reject(new Error('The GAN was closed.'));
			const id = this.nextId++;
			this.pending.set(id, { resolve, reject });
			this.worker.postMessage({ ...message, id } as ToGan);
		});
	}

	async start(
		dataset: GanDataset,
		seed?: number
	): Promise<{ real: Float32Array; snapshot: GanSnapshot }> {
		const answer = await this.request({ type: 'start', dataset, seed });
		if (answer.type !== 'started') throw new Error('unexpected answer');
		return { real: answer.real, snapshot: answer.snapshot };
	}

	private async snapshotOf(message: GanRequest) {
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

	dispose(): void {
		this.closed = true;
		this.worker.terminate();
		this.failAll('The GAN was closed.');
	}
}

/** The real worker, bundled by Vite as its own module. */
export function startGan(): GanClient {
	const worker = new Worker(new URL('./gan.worker.ts', import.meta.url), { type: 'module' });
	return new GanClient(worker as unknown as GanWorkerLike);
}
