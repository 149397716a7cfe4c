// The comparison for bench/doodle-lab.bench.js: a convolutional network like TensorFlow.js's
// own digit-recognition tutorial, trained the usual way (model.fit on the page's main thread, on
// TensorFlow.js's default backend) on the very drawings the lab uses. Bundled by the benchmark.
import * as tf from '@tensorflow/tfjs-core';
import { tutorialCnn } from './tutorial-cnn';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { BALANCED_MIX, balancedTestSet, drawingOf, starterMix } from '../src/lib/doodle/dataset';
import { evaluate } from '../src/lib/doodle/evaluate';
import { ANIMALS } from '../src/lib/doodle/generator';
import { rasterize } from '../src/lib/doodle/raster';
import type { DoodleItem } from '../src/lib/doodle/dataset';

function tensors(items: DoodleItem[]) {
	const pixels = new Float32Array(items.length * 784);
	items.forEach((item, i) => pixels.set(rasterize(drawingOf(item)!), i * 784));
	return {
		xs: tf.tensor4d(pixels, [items.length, 28, 28, 1]),
		ys: tf.tensor1d(Float32Array.from(items, (item) => ANIMALS.indexOf(item.animal)))
	};
}

async function runBaseline({ maxEpochs, target }: { maxEpochs: number; target: number }) {
	await tf.ready();
	const started = performance.now();
	const trainItems = starterMix(BALANCED_MIX);
	const test = balancedTestSet();
	const train = tensors(trainItems);
	const testX = tensors(test).xs;
	const preparing = performance.now() - started;
	const model = tutorialCnn(ANIMALS.length);
	const epochs: { epoch: number; seconds: number; accuracy: number }[] = [];
	let reached: number | null = null;
	let trainingMs = preparing;
	for (let epoch = 1; epoch <= maxEpochs; epoch++) {
		const epochStarted = performance.now();
		await model.fit(train.xs, train.ys, { epochs: 1, batchSize: 32, shuffle: true });
		trainingMs += performance.now() - epochStarted;
		// Time to a usable model counts preparing and training; the test after each pass is the
		// benchmark's own and is left out.
		const seconds = trainingMs / 1000;
		const output = model.predict(testX) as tf.Tensor;
		const accuracy = evaluate(test, await output.data()).overall.accuracy ?? 0;
		output.dispose();
		epochs.push({ epoch, seconds, accuracy });
		if (accuracy >= target) {
			reached = seconds;
			break;
		}
	}
	model.dispose();
	train.xs.dispose();
	train.ys.dispose();
	testX.dispose();
	return {
		backend: tf.getBackend(),
		preparingSeconds: preparing / 1000,
		epochs,
		secondsToTarget: reached
	};
}

(globalThis as unknown as { runBaseline: typeof runBaseline }).runBaseline = runBaseline;
