import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TrainerClient, type WorkerLike } from './trainer-client';
import { createTrainingSession } from './training-session';
import { starterKey } from './dataset';
import type { FromWorker, ToWorker } from './worker-protocol';

/** The real training session behind a fake Worker: messages cross as they would between threads. */
function inProcessWorker() {
	const listeners = {
		message: [] as ((event: MessageEvent<FromWorker>) => void)[],
		error: [] as ((event: ErrorEvent) => void)[]
	};
	const send = (data: FromWorker) =>
		setTimeout(() => listeners.message.forEach((l) => l({ data } as MessageEvent<FromWorker>)));
	const session = createTrainingSession(send);
	const sent: ToWorker[] = [];
	const worker: WorkerLike & { sent: ToWorker[]; crash(message: string): void } = {
		sent,
		postMessage(message) {
			sent.push(message);
			if (message.type === 'init') send({ type: 'ready', backend: 'cpu' });
			else setTimeout(() => session.handle(message));
		},
		addEventListener(type: 'message' | 'error', listener: never) {
			(listeners[type] as unknown[]).push(listener);
		},
		terminate: () => session.dispose(),
		crash(message) {
			listeners.error.forEach((l) => l({ message } as ErrorEvent));
		}
	};
	return worker;
}

const items = (n: number) =>
	Array.from({ length: n }, (_, i) => [
		{ key: starterKey('train', 'pig', null, i), animal: 'pig' as const },
		{ key: starterKey('train', 'sheep', null, i), animal: 'sheep' as const }
	]).flat();

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('the page’s side of the training worker', () => {
	it('trains with progress, predicts, and a second training cancels the first', async () => {
		const worker = inProcessWorker();
		const client = new TrainerClient(worker, 'cpu');
		expect(worker.sent[0]).toEqual({ type: 'init', backend: 'cpu' });
		expect(await client.backend).toBe('cpu');

		const epochs: number[] = [];
		const outcome = await client.train(items(20), (p) => p.epochEnded && epochs.push(p.epoch), {
			epochs: 2
		});
		expect(outcome).toMatchObject({ status: 'trained' });
		expect(epochs).toEqual([1, 2]);
		const probabilities = await client.predict(new Float32Array(784));
		expect(probabilities).toHaveLength(4);
		expect(client.lastPredictionMs).toBeGreaterThanOrEqual(0);

		const first = client.train(items(20), () => {}, { epochs: 50 });
		expect(client.isTraining).toBe(true);
		const second = client.train(items(20), () => {}, { epochs: 1 });
		expect(await first).toEqual({ status: 'cancelled' });
		expect(await second).toMatchObject({ status: 'trained' });
		expect(client.isTraining).toBe(false);
		client.dispose();
	});

	it('turns a worker failure into an error instead of waiting for ever', async () => {
		const worker = inProcessWorker();
		const client = new TrainerClient(worker, 'wasm');
		await expect(client.classify([{ key: 'starter:nope', animal: 'cow' }])).rejects.toThrow(
			'No model yet: train one first.'
		);
		const training = client.train(items(20), () => {}, { epochs: 50 });
		worker.crash('Out of memory');
		await expect(training).rejects.toThrow('Out of memory');
		expect(client.isTraining).toBe(false);
		client.dispose();
		await expect(client.predict(new Float32Array(784))).rejects.toThrow('The trainer was closed.');
	});
});
