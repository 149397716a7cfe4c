import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTrainingSession, type FromTrainer } from './training-session';
import { starterSet } from './testing/sets';

const set = (perAnimal: number, seed: number) =>
	starterSet({ cow: perAnimal, sheep: perAnimal }, seed, 1);

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('the training worker’s session', () => {
	it('trains with progress, predicts, keeps the old model when a training is cancelled, and frees it all', async () => {
		const before = tf.memory().numTensors;
		const sent: FromTrainer[] = [];
		const session = createTrainingSession((message) => sent.push(message));

		await session.handle({ type: 'predict', id: 1, pixels: new Float32Array(784), count: 1 });
		expect(sent.pop()).toEqual({
			type: 'failed',
			id: 1,
			message: 'No model yet: train one first.'
		});

		await session.handle({ type: 'train', id: 2, data: set(30, 1), options: { epochs: 3 } });
		expect(
			sent
				.filter((m) => m.type === 'progress')
				.map((m) => m.type === 'progress' && m.progress.epoch)
		).toEqual([1, 2, 3]);
		expect(sent.at(-1)).toMatchObject({ type: 'trained', id: 2 });

		const test = set(10, 9_000);
		await session.handle({ type: 'predict', id: 3, pixels: test.pixels, count: test.count });
		const predictions = sent.at(-1);
		expect(predictions?.type).toBe('predictions');
		const probabilities =
			predictions?.type === 'predictions' ? predictions.probabilities : new Float32Array();
		let right = 0;
		for (let i = 0; i < test.count; i++)
			if ((probabilities[i * 2]! > probabilities[i * 2 + 1]! ? 0 : 1) === test.labels[i]) right++;
		expect(right / test.count).toBeGreaterThan(0.8);

		sent.length = 0;
		const training = session.handle({
			type: 'train',
			id: 4,
			data: set(30, 2),
			options: { epochs: 40 }
		});
		await new Promise((resolve) => setTimeout(resolve, 0));
		await session.handle({ type: 'cancel', id: 4 });
		await training;
		expect(sent.at(-1)).toEqual({ type: 'cancelled', id: 4 });
		// The earlier model still answers.
		await session.handle({ type: 'predict', id: 5, pixels: test.pixels, count: test.count });
		expect(sent.at(-1)).toMatchObject({ type: 'predictions', id: 5 });

		session.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});
});
