import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTrainingSession, type FromTrainer, type WorkerItem } from './training-session';
import { starterKey } from './dataset';
import { generateDoodle } from './generator';
import { rasterize } from './raster';
import { argmax } from './evaluate';

const items = (set: 'train' | 'test', perAnimal: number): WorkerItem[] =>
	Array.from({ length: perAnimal }, (_, i) => [
		{ key: starterKey(set, 'cow', 'spotted', i), animal: 'cow' as const },
		{ key: starterKey(set, 'sheep', null, i), animal: 'sheep' as const }
	]).flat();

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('the training worker’s session', () => {
	it('trains from drawing keys with progress, classifies, keeps the old model when a training is cancelled, and frees it all', async () => {
		const before = tf.memory().numTensors;
		const sent: FromTrainer[] = [];
		const session = createTrainingSession((message) => sent.push(message));

		await session.handle({ type: 'predict', id: 1, pixels: new Float32Array(784), count: 1 });
		expect(sent.pop()).toEqual({
			type: 'failed',
			id: 1,
			message: 'No model yet: train one first.'
		});

		await session.handle({
			type: 'train',
			id: 2,
			items: items('train', 30),
			options: { epochs: 3 }
		});
		const progress = sent.flatMap((m) => (m.type === 'progress' ? [m.progress] : []));
		expect(progress.filter((p) => p.epochEnded).map((p) => p.epoch)).toEqual([1, 2, 3]);
		expect(progress.at(-1)?.fraction).toBe(1);
		expect(sent.at(-1)).toMatchObject({ type: 'trained', id: 2 });

		// Test drawings by key, and one drawing sent whole (as a child's drawing is).
		const test = items('test', 10);
		const drawn = generateDoodle('sheep', 424_242).drawing;
		await session.handle({
			type: 'classify',
			id: 3,
			items: [...test, { key: 'child:1', animal: 'sheep', drawing: drawn }]
		});
		const predictions = sent.at(-1);
		expect(predictions?.type).toBe('predictions');
		const probabilities =
			predictions?.type === 'predictions' ? predictions.probabilities : new Float32Array();
		expect(probabilities).toHaveLength(21 * 4);
		const right = test.filter(
			(item, i) => argmax(probabilities, i * 4, 4) === (item.animal === 'cow' ? 0 : 3)
		).length;
		expect(right / test.length).toBeGreaterThan(0.8);
		// A raster made on the page gets the same answer as the same drawing sent whole.
		await session.handle({ type: 'predict', id: 4, pixels: rasterize(drawn), count: 1 });
		const single = sent.at(-1);
		expect(single?.type === 'predictions' && Array.from(single.probabilities)).toEqual(
			Array.from(probabilities.slice(80, 84))
		);

		await session.handle({
			type: 'classify',
			id: 5,
			items: [{ key: 'starter:nope', animal: 'cow' }]
		});
		expect(sent.at(-1)).toEqual({
			type: 'failed',
			id: 5,
			message: 'Unknown drawing “starter:nope”.'
		});

		sent.length = 0;
		const training = session.handle({
			type: 'train',
			id: 6,
			items: items('train', 30),
			options: { epochs: 40 }
		});
		await new Promise((resolve) => setTimeout(resolve, 0));
		await session.handle({ type: 'cancel', id: 6 });
		await training;
		expect(sent.at(-1)).toEqual({ type: 'cancelled', id: 6 });
		// The earlier model still answers.
		await session.handle({ type: 'classify', id: 7, items: test });
		expect(sent.at(-1)).toMatchObject({ type: 'predictions', id: 7 });

		await session.handle({ type: 'train', id: 8, items: [] });
		expect(sent.at(-1)).toEqual({
			type: 'failed',
			id: 8,
			message: 'There are no drawings to learn from.'
		});

		session.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});
});
