/**
 * Learns a small CNN feature extractor from many drawings of animals other than cows (so any
 * cow in the lab is learned only from the mix a child picks), then saves it to
 * test-results/research/<name>.json. Quick, Draw!'s word is the only label used: no spot labels.
 *   WORDS=horse,pig,sheep,dog,cat PER=2800 EPOCHS=6 NAME=nocow6 \
 *     npx vitest run --config bench/research/vitest.config.ts pretrain-cnn
 * Drawings come from positions 2,100 and up of simplified-5k-json/<word>.json: none of them is in
 * the lab's subset (static/doodles), which takes its horses, pigs and sheep from the first 1,100.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-wasm';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DEFAULT_RASTER, rasterize } from '../../src/lib/doodle/raster';
import type { SimplifiedDrawing } from '../../src/lib/doodle/strokes';
import { sharedDataDir } from '../../src/lib/doodle/testing/shared-data';
import { features, seeded, shuffle, type Extractor } from './conv';

const words = (process.env.WORDS ?? 'horse,pig,sheep,dog,cat').split(',');
const perWord = Number(process.env.PER ?? 2800);
const epochs = Number(process.env.EPOCHS ?? 6);
const filters = (process.env.FILTERS ?? '16,32,32').split(',').map(Number) as Extractor['filters'];
const name = process.env.NAME ?? 'extractor';
const FIRST_POSITION = 2100;

test('learn a feature extractor', async () => {
	const dir = sharedDataDir();
	expect(dir, 'needs the shared data folder').toBeTruthy();
	await tf.setBackend('wasm');
	const xs: number[] = [];
	const pixels: Float32Array[] = [];
	words.forEach((word, label) => {
		const drawings: SimplifiedDrawing[] = JSON.parse(
			readFileSync(join(dir!, 'quickdraw', 'simplified-5k-json', `${word}.json`), 'utf8')
		);
		const seen = new Set<string>();
		for (let i = FIRST_POSITION; i < drawings.length && seen.size < perWord; i++) {
			const key = JSON.stringify(drawings[i]);
			if (seen.has(key)) continue;
			seen.add(key);
			pixels.push(rasterize(drawings[i]!, DEFAULT_RASTER).slice());
			xs.push(label);
		}
	});
	const n = xs.length;
	const random = seeded(3);
	const init = (shape: number[], fanIn: number) =>
		tf.variable(tf.randomNormal(shape, 0, Math.sqrt(2 / fanIn), 'float32', shape[1]));
	const [f1, f2, f3] = filters;
	const params = {
		w1: init([9, f1], 9),
		b1: tf.variable(tf.zeros([f1])),
		w2: init([9 * f1, f2], 9 * f1),
		b2: tf.variable(tf.zeros([f2])),
		w3: init([9 * f2, f3], 9 * f2),
		b3: tf.variable(tf.zeros([f3])),
		w4: init([9 * f3, 64], 9 * f3),
		b4: tf.variable(tf.zeros([64])),
		w5: init([64, words.length], 64),
		b5: tf.variable(tf.zeros([words.length]))
	};
	const extractor: Extractor = { words, filters, params };
	const logits = (x: tf.Tensor4D) =>
		tf.add(
			tf.matMul(
				tf.relu(tf.add(tf.matMul(features(extractor, x), params.w4), params.b4)),
				params.w5
			),
			params.b5
		);
	const order = shuffle(
		Array.from({ length: n }, (_, i) => i),
		random
	);
	const validation = order.slice(0, Math.floor(n / 10));
	const training = order.slice(validation.length);
	const batch = (ids: number[]) => {
		const x = new Float32Array(ids.length * 784);
		ids.forEach((id, k) => x.set(pixels[id]!, k * 784));
		return {
			x: tf.tensor4d(x, [ids.length, 28, 28, 1]),
			y: tf.oneHot(
				tf.tensor1d(
					ids.map((id) => xs[id]!),
					'int32'
				),
				words.length
			)
		};
	};
	const optimizer = tf.train.adam(0.002);
	const started = Date.now();
	let accuracy = 0;
	for (let epoch = 0; epoch < epochs; epoch++) {
		shuffle(training, random);
		for (let from = 0; from + 64 <= training.length; from += 64) {
			const { x, y } = batch(training.slice(from, from + 64));
			optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, logits(x)) as tf.Scalar);
			tf.dispose([x, y]);
		}
		let right = 0;
		for (let from = 0; from < validation.length; from += 256) {
			const ids = validation.slice(from, from + 256);
			const { x, y } = batch(ids);
			const guess = tf.tidy(() => tf.argMax(logits(x), 1)).dataSync();
			ids.forEach((id, k) => (right += guess[k] === xs[id] ? 1 : 0));
			tf.dispose([x, y]);
		}
		accuracy = right / validation.length;
		console.log(
			`epoch ${epoch + 1}: validation ${(accuracy * 100).toFixed(1)} % (${words.length} words), ${((Date.now() - started) / 1000).toFixed(0)} s`
		);
	}
	mkdirSync('test-results/research', { recursive: true });
	const saved: Record<string, { shape: number[]; data: number[] }> = {};
	for (const key of ['w1', 'b1', 'w2', 'b2', 'w3', 'b3'] as const)
		saved[key] = { shape: params[key].shape, data: Array.from(params[key].dataSync()) };
	writeFileSync(
		`test-results/research/${name}.json`,
		JSON.stringify({ words, filters, drawings: n, epochs, validation: accuracy, params: saved })
	);
	expect(accuracy).toBeGreaterThan(1 / words.length);
});
