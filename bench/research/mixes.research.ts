/**
 * What a head trained on a child's mix recognises, on the lab's fixed held-out drawings
 * (static/doodles/quickdraw-subset.bin), with the features of a saved extractor:
 *   NAME=nocow6 N=800 npx vitest run --config bench/research/vitest.config.ts mixes
 * For each mix (natural share of spots, 90 % spotted, half plain made of few plain cows repeated,
 * half plain made of many distinct plain cows) and two seeds: accuracy overall (mean of the four
 * animals), per animal, spotted and plain cows and the gap, and the head's training time.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-wasm';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_RASTER, rasterize } from '../../src/lib/doodle/raster';
import { decodeSubset } from '../../src/lib/doodle/subset';
import { features, featuresByConv2d, seeded, shuffle, type Extractor } from './conv';

const name = process.env.NAME ?? 'extractor';
const perAnimal = Number(process.env.N ?? 800);
const epochs = Number(process.env.EPOCHS ?? 30);
const head = process.env.HEAD ?? 'minibatch';
const fullSteps = Number(process.env.STEPS ?? 150);
const CLASS = { spotted: 0, plain: 0, horse: 1, pig: 2, sheep: 3 } as const;
type Group = keyof typeof CLASS;

test('mixes against the held-out drawings', async () => {
	await tf.setBackend('wasm');
	// A freshly learned extractor (pretrain-cnn) first, else the recorded one.
	const file = [`test-results/research/${name}.json`, `bench/research/results/${name}.json`].find(
		existsSync
	)!;
	const saved = JSON.parse(readFileSync(file, 'utf8'));
	const extractor: Extractor = {
		...saved,
		params: Object.fromEntries(
			Object.entries(saved.params as Record<string, { shape: number[]; data: number[] }>).map(
				([key, value]) => [key, tf.tensor(value.data, value.shape)]
			)
		)
	};
	const all = decodeSubset(new Uint8Array(readFileSync('static/doodles/quickdraw-subset.bin')));
	const started = Date.now();
	const pixels = new Float32Array(all.length * 784);
	all.forEach((d, i) => pixels.set(rasterize(d.drawing, DEFAULT_RASTER), i * 784));
	const rastered = Date.now();
	const parts: tf.Tensor[] = [];
	for (let from = 0; from < all.length; from += 256) {
		const count = Math.min(256, all.length - from);
		const x = tf.tensor4d(pixels.subarray(from * 784, (from + count) * 784), [count, 28, 28, 1]);
		parts.push(tf.tidy(() => featuresByConv2d(extractor, x)));
		x.dispose();
	}
	// The backend's convolution gives the features the extractor learned with.
	const probe = tf.tensor4d(pixels.subarray(0, 64 * 784), [64, 28, 28, 1]);
	const difference = tf.tidy(
		() =>
			tf
				.max(tf.abs(tf.sub(features(extractor, probe), featuresByConv2d(extractor, probe))))
				.dataSync()[0]!
	);
	probe.dispose();
	expect(difference).toBeLessThan(1e-3);
	const joined = tf.concat(parts, 0);
	const dim = joined.shape[1]!;
	const feats = joined.dataSync() as Float32Array;
	tf.dispose([joined, ...parts]);
	console.log(
		`${all.length} drawings: rasterised in ${rastered - started} ms, features (${dim}) in ${Date.now() - rastered} ms`
	);
	const groups = new Map<string, number[]>();
	all.forEach((d, i) => {
		const key = `${d.subgroup ?? d.animal}:${d.test ? 'test' : 'train'}`;
		groups.set(key, [...(groups.get(key) ?? []), i]);
	});
	const take = (group: Group, picks: number[]) =>
		picks.map((k) => groups.get(`${group}:train`)![k]!);

	function run(label: string, mix: [Group, number[]][], seed: number) {
		const random = seeded(seed * 7919);
		const ids = mix.flatMap(([group, picks]) => take(group, picks));
		const ys = mix.flatMap(([group, picks]) => picks.map(() => CLASS[group]));
		const n = ids.length;
		const x = new Float32Array(n * dim);
		ids.forEach((id, k) => x.set(feats.subarray(id * dim, (id + 1) * dim), k * dim));
		const trainStarted = Date.now();
		const result = tf.tidy(() => {
			const raw = tf.tensor2d(x, [n, dim]);
			const mean = tf.mean(raw, 0);
			const spread = tf.add(tf.sqrt(tf.mean(tf.square(tf.sub(raw, mean)), 0)), 0.05);
			const inputs = tf.div(tf.sub(raw, mean), spread);
			const targets = tf.oneHot(tf.tensor1d(ys, 'int32'), 4);
			// "minibatch": Adam on shuffled batches from a random start, so the seed matters.
			// "full": the same loss (convex) minimised on the whole mix at once from zero, so
			// every seed gives the same model.
			const full = head === 'full';
			const w = tf.variable(
				full
					? tf.zeros([dim, 4])
					: tf.randomNormal([dim, 4], 0, Math.sqrt(1 / dim), 'float32', seed)
			);
			const b = tf.variable(tf.zeros([4]));
			const logits = (z: tf.Tensor) => tf.add(tf.matMul(z, w), b);
			const loss = (z: tf.Tensor, t: tf.Tensor) =>
				tf.add(
					tf.losses.softmaxCrossEntropy(t, logits(z)),
					tf.mul(0.001, tf.sum(tf.square(w)))
				) as tf.Scalar;
			if (full) {
				const optimizer = tf.train.adam(0.05);
				for (let step = 0; step < fullSteps; step++)
					optimizer.minimize(() => loss(inputs, targets));
			} else {
				const optimizer = tf.train.adam(0.003);
				const order = Array.from({ length: n }, (_, i) => i);
				for (let epoch = 0; epoch < epochs; epoch++) {
					shuffle(order, random);
					for (let from = 0; from < n; from += 64) {
						const batch = tf.tensor1d(order.slice(from, from + 64), 'int32');
						optimizer.minimize(() => loss(tf.gather(inputs, batch), tf.gather(targets, batch)));
					}
				}
			}
			const all = tf.tensor2d(feats, [feats.length / dim, dim]);
			const accuracy = (group: Group) => {
				const test = groups.get(`${group}:test`)!;
				const z = tf.div(tf.sub(tf.gather(all, tf.tensor1d(test, 'int32')), mean), spread);
				const guess = tf.argMax(logits(z), 1).dataSync();
				return (100 * guess.filter((g) => g === CLASS[group]).length) / test.length;
			};
			return {
				spotted: accuracy('spotted'),
				plain: accuracy('plain'),
				horse: accuracy('horse'),
				pig: accuracy('pig'),
				sheep: accuracy('sheep')
			};
		});
		const spottedTests = groups.get('spotted:test')!.length;
		const plainTests = groups.get('plain:test')!.length;
		const cows =
			(result.spotted * spottedTests + result.plain * plainTests) / (spottedTests + plainTests);
		const overall = (cows + result.horse + result.pig + result.sheep) / 4;
		console.log(
			`| ${label} | ${seed} | ${overall.toFixed(1)} | ${cows.toFixed(0)} | ${result.spotted.toFixed(0)} / ${result.plain.toFixed(0)} (${(result.spotted - result.plain).toFixed(0)}) | ${result.horse.toFixed(0)} | ${result.pig.toFixed(0)} | ${result.sheep.toFixed(0)} | ${n} | ${((Date.now() - trainStarted) / 1000).toFixed(1)} s |`
		);
		return overall;
	}
	const first = (count: number) => Array.from({ length: count }, (_, i) => i);
	const others: [Group, number[]][] = [
		['horse', first(perAnimal)],
		['pig', first(perAnimal)],
		['sheep', first(perAnimal)]
	];
	const cows = perAnimal;
	const fewPlain = Math.round(cows * 0.1);
	console.log(
		'| mix | seed | overall | cows | spotted / plain (gap) | horse | pig | sheep | drawings | head |'
	);
	for (const seed of [1, 2]) {
		run(
			'natural (60 % spotted)',
			[['spotted', first(cows * 0.6)], ['plain', first(cows * 0.4)], ...others],
			seed
		);
		run(
			'90 % spotted',
			[['spotted', first(cows * 0.9)], ['plain', first(fewPlain)], ...others],
			seed
		);
		run(
			`half plain: the same ${fewPlain} plain cows repeated`,
			[
				['spotted', first(cows * 0.5)],
				['plain', first(cows * 0.5).map((i) => i % fewPlain)],
				...others
			],
			seed
		);
		const many = Math.min(cows * 0.5, groups.get('plain:train')!.length);
		run(
			`half plain: ${many} different plain cows`,
			[['spotted', first(cows * 0.5)], ['plain', first(many)], ...others],
			seed
		);
	}
	expect(groups.get('plain:test')!.length).toBeGreaterThan(0);
});
