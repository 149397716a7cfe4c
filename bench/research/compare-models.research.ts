import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { tutorialCnn } from '../tutorial-cnn';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { it } from 'vitest';
import {
	BALANCED_MIX,
	groupOf,
	poolMix,
	shippedItems,
	splitRealDrawings,
	starterMix,
	drawingOf,
	REAL_BIASED_MIX,
	type DoodleItem,
	type Mix
} from '../../src/lib/doodle/dataset';
import { evaluate, type Evaluation } from '../../src/lib/doodle/evaluate';
import { decodeExtractor, extractFeatures, featureCount } from '../../src/lib/doodle/features';
import { ANIMALS } from '../../src/lib/doodle/generator';
import { predictHead, trainHead } from '../../src/lib/doodle/head';
import { trainClassifier } from '../../src/lib/doodle/model';
import { rasterize } from '../../src/lib/doodle/raster';
import { decodeSubset } from '../../src/lib/doodle/subset';

/**
 * The lab's models side by side on the same real drawings (bench/README.md, "Real drawings: the
 * models side by side"): the lab's old 784→32→4 network trained from scratch, the shipped
 * feature extractor with its last layer trained (the lab's model for real drawings), and
 * TensorFlow.js's digit-tutorial CNN, each trained on the same natural mix of the shipped
 * subset's pools and tested on its whole held-out split; then what a model trained on the
 * drawings the app makes recognises of the real ones (generated-to-real transfer).
 * Node 24, WebAssembly backend (the tutorial CNN on the plain JavaScript backend: the
 * WebAssembly one has no convolution gradients). Run:
 *   npx vitest run --config bench/research/vitest.config.ts compare-models
 */
const items = shippedItems(
	decodeSubset(new Uint8Array(readFileSync('static/doodles/quickdraw-subset.bin')))
);
const extractor = decodeExtractor(new Uint8Array(readFileSync('static/doodles/features-v1.bin')));
const { train, test } = splitRealDrawings(items);
/** The drawings as they come: about 60 % of the labelled cows have spots. */
const NATURAL: Mix = {
	cows: 800,
	spottedShare: 0.6,
	horses: 800,
	pigs: 800,
	sheep: 800,
	plainCows: 'different'
};
const TUTORIAL_EPOCHS = 6;

const pixelsOf = (list: readonly DoodleItem[]) => {
	const pixels = new Float32Array(list.length * 784);
	list.forEach((item, i) => pixels.set(rasterize(drawingOf(item)!), i * 784));
	return pixels;
};
const labelsOf = (list: readonly DoodleItem[]) =>
	Int32Array.from(list, (item) => ANIMALS.indexOf(item.animal));
const testPixels = pixelsOf(test);

function figures(evaluation: Evaluation, seconds: number) {
	const pct = (v: number | null | undefined) => (v == null ? null : Math.round(v * 10) / 10);
	const perAnimal = Object.fromEntries(
		ANIMALS.map((a) => [a, pct(evaluation.perAnimal[a].accuracy)])
	);
	const animals = Object.values(perAnimal) as number[];
	return {
		seconds: Math.round(seconds * 100) / 100,
		overall: pct(evaluation.overall.accuracy),
		mean_of_animals: pct(animals.reduce((a, b) => a + b, 0) / animals.length),
		perAnimal,
		spotted: pct(evaluation.perGroup.spotted?.accuracy),
		plain: pct(evaluation.perGroup.plain?.accuracy),
		gap: pct(evaluation.gap)
	};
}

async function oldNetwork(mixed: DoodleItem[]) {
	await tf.setBackend('wasm');
	const started = performance.now();
	const model = await trainClassifier({
		pixels: pixelsOf(mixed),
		labels: labelsOf(mixed),
		count: mixed.length,
		size: 28,
		classes: 4
	});
	const seconds = (performance.now() - started) / 1000;
	const result = evaluate(test, model.predictBatch(testPixels, test.length));
	model.dispose();
	return figures(result, seconds);
}

async function featureModel(mixed: DoodleItem[]) {
	await tf.setBackend('wasm');
	const per = featureCount(extractor);
	const started = performance.now();
	const rows = extractFeatures(extractor, pixelsOf(mixed), mixed.length);
	const head = trainHead(rows, labelsOf(mixed), mixed.length, per, 4);
	const seconds = (performance.now() - started) / 1000;
	const probabilities = predictHead(
		head,
		extractFeatures(extractor, testPixels, test.length),
		test.length
	);
	return figures(evaluate(test, probabilities), seconds);
}

/** TensorFlow.js's digit-recognition tutorial network, trained the tutorial's way (model.fit). */
async function trainTutorialCnn(mixed: DoodleItem[]) {
	await tf.setBackend('cpu');
	const started = performance.now();
	const xs = tf.tensor4d(pixelsOf(mixed), [mixed.length, 28, 28, 1]);
	const ys = tf.tensor1d(Float32Array.from(labelsOf(mixed)));
	const testX = tf.tensor4d(testPixels, [test.length, 28, 28, 1]);
	const model = tutorialCnn(4);
	const epochs = [];
	let trainingMs = performance.now() - started;
	for (let epoch = 1; epoch <= TUTORIAL_EPOCHS; epoch++) {
		const epochStarted = performance.now();
		await model.fit(xs, ys, { epochs: 1, batchSize: 32, shuffle: true });
		trainingMs += performance.now() - epochStarted;
		const output = model.predict(testX) as tf.Tensor;
		const result = evaluate(test, (await output.data()) as Float32Array);
		output.dispose();
		epochs.push({ epoch, ...figures(result, trainingMs / 1000) });
		console.log(`tutorial CNN epoch ${epoch}:`, JSON.stringify(epochs.at(-1)));
	}
	model.dispose();
	xs.dispose();
	ys.dispose();
	testX.dispose();
	return epochs;
}

it('compares the models on the same real drawings', { timeout: 3_600_000 }, async () => {
	const natural = poolMix(NATURAL, train);
	const biased = poolMix(REAL_BIASED_MIX, train);
	const generated = starterMix(BALANCED_MIX);
	const record = {
		date: new Date().toISOString(),
		node: process.version,
		cpu: `${cpus().length} × ${cpus()[0]?.model}`,
		test: {
			drawings: test.length,
			groups: Object.fromEntries(
				['spotted', 'plain', 'horse', 'pig', 'sheep'].map((g) => [
					g,
					test.filter((item) => groupOf(item) === g).length
				])
			)
		},
		natural_mix: { ...NATURAL, drawings: natural.length },
		old_network: await oldNetwork(natural),
		feature_model: await featureModel(natural),
		tutorial_cnn: await trainTutorialCnn(natural),
		biased_mix: {
			old_network: await oldNetwork(biased),
			feature_model: await featureModel(biased)
		},
		generated_to_real: {
			mix: { ...BALANCED_MIX, drawings: generated.length },
			old_network: await oldNetwork(generated),
			feature_model: await featureModel(generated)
		}
	};
	console.log(JSON.stringify(record, null, 2));
	mkdirSync('bench/research/results', { recursive: true });
	writeFileSync(
		'bench/research/results/compare-models.json',
		JSON.stringify(record, null, 2) + '\n'
	);
});
