import { parentPort, workerData } from 'node:worker_threads';
import { layoutOf, SequenceTrainer, type NetworkShape, type Sequence } from './network';

/**
 * One training thread: on each message it adds the gradients of its share of the batch into its
 * own shared gradient buffer, reading the shared parameters, and answers with the summed loss.
 */
export interface GradientWorkerData {
	shape: NetworkShape;
	params: SharedArrayBuffer;
	grads: SharedArrayBuffer;
	sequences: Sequence[];
}

export interface GradientRequest {
	indices: number[];
	/** Each step's weight in the loss: 1 / (steps in the whole batch). */
	weight: number;
}

const data = workerData as GradientWorkerData;
const trainer = new SequenceTrainer(layoutOf(data.shape));
const params = new Float32Array(data.params);
const grads = new Float32Array(data.grads);

parentPort!.on('message', ({ indices, weight }: GradientRequest) => {
	grads.fill(0);
	let loss = 0;
	for (const index of indices)
		loss += trainer.accumulate(params, data.sequences[index]!, weight, grads);
	parentPort!.postMessage(loss);
});
