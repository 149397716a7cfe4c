import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANIMALS } from './generator';
import { DEFAULT_RASTER } from './raster';
import { DEFAULT_TRAINING, buildClassifier, trainClassifier } from './model';
import { starterSet } from './testing/sets';

const set = (perAnimal: number, seed: number) =>
	starterSet({ cow: perAnimal, pig: perAnimal, sheep: perAnimal }, seed);

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('the lab network', () => {
	it('is 784 → 32 → 4: 28×28 pixels, 32 hidden units, one output per animal, 25,252 weights', () => {
		const inputs = DEFAULT_RASTER.size * DEFAULT_RASTER.size;
		expect(inputs).toBe(784);
		expect(DEFAULT_TRAINING.hidden).toBe(32);
		expect(ANIMALS).toHaveLength(4);
		const model = buildClassifier(inputs, DEFAULT_TRAINING.hidden, ANIMALS.length, 1);
		expect(model.inputs[0]!.shape).toEqual([null, 784]);
		expect(model.layers.map((layer) => layer.outputShape)).toEqual([
			[null, 32],
			[null, 4]
		]);
		// (784 + 1) × 32 + (32 + 1) × 4
		expect(model.countParams()).toBe(25_252);
		model.dispose();
	});
});

describe('the doodle classifier', () => {
	it('learns the starter set, reports progress each epoch, and frees every tensor', async () => {
		const before = tf.memory().numTensors;
		const progress: number[] = [];
		const model = await trainClassifier(
			set(60, 1),
			{ epochs: 4, seed: 3 },
			(p) => p.epochEnded && progress.push(p.epoch)
		);
		expect(progress).toEqual([1, 2, 3, 4]);
		const test = set(20, 50_000);
		const probabilities = model.predictBatch(test.pixels, test.count);
		let right = 0;
		for (let i = 0; i < test.count; i++) {
			const row = Array.from(probabilities.slice(i * 3, i * 3 + 3));
			expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
			if (row.indexOf(Math.max(...row)) === test.labels[i]) right++;
		}
		expect(right / test.count).toBeGreaterThan(0.9);
		expect(model.predict(test.pixels.subarray(0, 784))).toHaveLength(3);
		model.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});

	it('is reproducible from its seed, and stops when cancelled', async () => {
		const data = set(20, 7);
		const first = await trainClassifier(data, { epochs: 2, seed: 9 });
		const second = await trainClassifier(data, { epochs: 2, seed: 9 });
		expect(second.predict(data.pixels.subarray(0, 784))).toEqual(
			first.predict(data.pixels.subarray(0, 784))
		);
		first.dispose();
		second.dispose();
		const controller = new AbortController();
		const before = tf.memory().numTensors;
		const cancelled = trainClassifier(
			data,
			{ epochs: 50, seed: 1 },
			(p) => {
				if (p.epoch === 1) controller.abort();
			},
			controller.signal
		);
		await expect(cancelled).rejects.toThrow('Training cancelled');
		expect(tf.memory().numTensors).toBe(before);
	});
});
