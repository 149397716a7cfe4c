import { Worker } from 'node:worker_threads';
import type { GradientRequest, GradientWorkerData } from './gradient-worker';
import type { NetworkShape, Sequence } from './network';

interface Pending {
	resolve: (loss: number) => void;
	reject: (error: Error) => void;
}

/**
 * Worker threads that share the batch: each adds its part's gradients into its own shared buffer;
 * the pool sums them. The parameters live in shared memory, so updating them needs no message.
 */
export class GradientPool {
	readonly params: Float32Array;
	private readonly workers: Worker[];
	private readonly grads: Float32Array[] = [];
	private readonly pending: (Pending | null)[] = [];
	private readonly lengths: number[];

	constructor(shape: NetworkShape, size: number, sequences: Sequence[], threads: number) {
		const paramsBuffer = new SharedArrayBuffer(size * 4);
		this.params = new Float32Array(paramsBuffer);
		this.lengths = sequences.map((s) => s.length);
		const entry = new URL('./gradient-worker.ts', import.meta.url).href;
		// The worker is TypeScript: it registers tsx's loader before importing it.
		const source = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
		this.workers = Array.from({ length: threads }, (_, w) => {
			const grads = new SharedArrayBuffer(size * 4);
			this.grads.push(new Float32Array(grads));
			this.pending.push(null);
			const workerData: GradientWorkerData = { shape, params: paramsBuffer, grads, sequences };
			const worker = new Worker(source, { eval: true, workerData });
			worker.on('message', (loss: number) => this.settle(w)?.resolve(loss));
			worker.on('error', (error) => this.settle(w)?.reject(error));
			return worker;
		});
	}

	private settle(w: number): Pending | null {
		const pending = this.pending[w]!;
		this.pending[w] = null;
		return pending;
	}

	/** The batch's summed loss, with its gradient (weighted by `weight`) written into `into`. */
	async gradients(indices: number[], weight: number, into: Float32Array): Promise<number> {
		// Deal the drawings out longest first, each to the thread with the least work so far.
		const parts: number[][] = this.workers.map(() => []);
		const work = this.workers.map(() => 0);
		for (const index of [...indices].sort((a, b) => this.lengths[b]! - this.lengths[a]!)) {
			const least = work.indexOf(Math.min(...work));
			parts[least]!.push(index);
			work[least]! += this.lengths[index]!;
		}
		const losses = await Promise.all(
			this.workers.map(
				(worker, w) =>
					new Promise<number>((resolve, reject) => {
						this.pending[w] = { resolve, reject };
						worker.postMessage({ indices: parts[w]!, weight } satisfies GradientRequest);
					})
			)
		);
		into.set(this.grads[0]!);
		for (const grads of this.grads.slice(1))
			for (let i = 0; i < into.length; i++) into[i]! += grads[i]!;
		return losses.reduce((a, b) => a + b, 0);
	}

	async close(): Promise<void> {
		await Promise.all(this.workers.map((worker) => worker.terminate()));
	}
}
