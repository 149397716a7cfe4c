import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { predictHead, trainHead } from './head';
import { seededRandom } from './random';

beforeAll(async () => {
	await tf.setBackend('wasm');
});

/** Three blobs in 5 dimensions, one per class, with noise. */
function blobs(perClass: number, seed: number) {
	const random = seededRandom(seed);
	const rows = new Float32Array(3 * perClass * 5);
	const labels = new Int32Array(3 * perClass);
	for (let i = 0; i < 3 * perClass; i++) {
		labels[i] = i % 3;
		for (let d = 0; d < 5; d++) rows[i * 5 + d] = (d === labels[i] ? 3 : 0) + random() - 0.5;
	}
	return { rows, labels, count: 3 * perClass };
}

describe('the trained head', () => {
	it('learns a separable problem, and its probabilities add up to one', () => {
		const { rows, labels, count } = blobs(40, 1);
		const head = trainHead(rows, labels, count, 5, 3);
		const test = blobs(30, 2);
		const p = predictHead(head, test.rows, test.count);
		for (let i = 0; i < test.count; i++) {
			const row = [...p.subarray(i * 3, i * 3 + 3)];
			expect(row.indexOf(Math.max(...row))).toBe(test.labels[i]);
			expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 5);
		}
	});

	it('is the same model every time for the same mix, and frees its tensors', () => {
		const { rows, labels, count } = blobs(40, 3);
		const before = tf.memory().numTensors;
		const steps: number[] = [];
		const first = trainHead(rows, labels, count, 5, 3, undefined, (fraction) =>
			steps.push(fraction)
		);
		expect(tf.memory().numTensors).toBe(before);
		expect(trainHead(rows, labels, count, 5, 3)).toEqual(first);
		expect(steps.at(-1)).toBe(1);
	});

	it('refuses an empty mix', () => {
		expect(() => trainHead(new Float32Array(), new Int32Array(), 0, 5, 3)).toThrow(RangeError);
	});
});
