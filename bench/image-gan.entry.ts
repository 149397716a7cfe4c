// The image GAN benchmark's page helper (bench/image-gan.bench.js injects it into the app's
// page): the faces the page trains on, and the two distances the image GAN's tests use, so the
// benchmark measures the pictures the student actually sees (read from the page's canvases);
// and the doodle lab's classifier (its shipped feature extractor and a head trained as the lab
// trains one, on the lab's real drawings of its four animals), to say when the cow GAN's
// pictures read as cows.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { ANIMALS } from '../src/lib/doodle/generator';
import { decodeExtractor, extractFeatures, RASTER_SIZE } from '../src/lib/doodle/features';
import { predictHead, trainHead, type LinearHead } from '../src/lib/doodle/head';
import { decodeSubset, SUBSET_PATH } from '../src/lib/doodle/subset';
import { rasterizeAll } from '../src/lib/gan/image-session';
import { FACE_SIZE, faceSet } from '../src/lib/gan/faces';
import { nearestRealDistance, pixelStatsDistance } from '../src/lib/gan/image-gan';
import { FACE_COUNT } from '../src/lib/gan/image-session';
import { seededRandom } from '../src/lib/doodle/random';
import { sigmoid } from '../src/lib/gan/gan2d';
import { Adam, backward, createMlp, forward, normalFrom } from '../src/lib/gan/mlp';

const PIXELS = FACE_SIZE * FACE_SIZE;
// The page's faces: the same count and seed as the worker's.
const faces = faceSet(FACE_COUNT, 1).pixels;

/** The pictures drawn in these canvases (size × size, white paper, dark ink), 0 to 1 ink. */
function picturesIn(canvases: HTMLCanvasElement[], size: number): Float32Array {
	const pixels = size * size;
	const pictures = new Float32Array(canvases.length * pixels);
	canvases.forEach((canvas, i) => {
		const data = canvas.getContext('2d')!.getImageData(0, 0, size, size).data;
		for (let p = 0; p < pixels; p++) pictures[i * pixels + p] = 1 - data[p * 4]! / 255;
	});
	return pictures;
}

/** Both distances of the faces drawn in these canvases. */
function distances(canvases: HTMLCanvasElement[]) {
	const samples = picturesIn(canvases, FACE_SIZE);
	return {
		nearest: nearestRealDistance(samples, faces, PIXELS),
		stats: pixelStatsDistance(samples, faces, PIXELS)
	};
}

let classifier: { head: LinearHead; share: (pictures: Float32Array) => number } | null = null;

/**
 * The lab's classifier: its shipped feature extractor and a head trained on up to 300 of the
 * lab's real training drawings of each animal. Returns how often it reads the lab's held-out real
 * cows as cows (the most a cow GAN can expect).
 */
async function prepareClassifier(perAnimal = 300) {
	await tf.setBackend('cpu');
	const bytes = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());
	const extractor = decodeExtractor(await bytes('/doodles/features-v1.bin'));
	const subset = decodeSubset(await bytes(SUBSET_PATH));
	const chosen = ANIMALS.flatMap((animal) =>
		subset.filter((d) => !d.test && d.animal === animal).slice(0, perAnimal)
	);
	const labels = Int32Array.from(chosen, (d) => ANIMALS.indexOf(d.animal));
	const features = extractFeatures(
		extractor,
		rasterizeAll(chosen.map((d) => d.drawing)),
		chosen.length
	);
	const head = trainHead(
		features,
		labels,
		chosen.length,
		features.length / chosen.length,
		ANIMALS.length
	);
	const share = (pictures: Float32Array) => {
		const count = pictures.length / RASTER_SIZE ** 2;
		const p = predictHead(head, extractFeatures(extractor, pictures, count), count);
		let cows = 0;
		for (let i = 0; i < count; i++) {
			const row = Array.from(p.subarray(i * ANIMALS.length, (i + 1) * ANIMALS.length));
			if (row.indexOf(Math.max(...row)) === ANIMALS.indexOf('cow')) cows++;
		}
		return cows / count;
	};
	classifier = { head, share };
	const heldOut = subset.filter((d) => d.test && d.animal === 'cow').map((d) => d.drawing);
	return { trainedOn: chosen.length, realCowsReadAsCows: share(rasterizeAll(heldOut)) };
}

/** Share of the doodles drawn in these canvases (28 × 28) that the lab's classifier reads as cows. */
const readAsCows = (canvases: HTMLCanvasElement[]) =>
	classifier!.share(picturesIn(canvases, RASTER_SIZE));

/**
 * The baseline: the project's first image GAN, plain loops on typed arrays (the 2-D GAN's
 * `mlp.ts` kernels, as it trained before TensorFlow.js's WebAssembly backend replaced it), at the
 * same sizes (16 → 128 → 400, 400 → 128 → 1, batch 32, one update of each network an iteration).
 * Iterations a second on this thread for about `seconds`.
 */
function plainLoops(seconds: number) {
	const normal = normalFrom(seededRandom(1));
	const g = createMlp([16, 128, PIXELS], normal);
	const d = createMlp([PIXELS, 128, 1], normal);
	const [gAdam, dAdam] = [new Adam(g, 0.0012), new Adam(d, 0.0006)];
	const real = faces.map((v) => v * 2 - 1);
	const batch = 32;
	const noise = () => Float32Array.from({ length: batch * 16 }, normal);
	const fakes = (slot: string) => {
		const pass = forward(g, noise(), batch, slot);
		for (let k = 0; k < pass.output.length; k++) pass.output[k] = Math.tanh(pass.output[k]!);
		return pass;
	};
	const iteration = () => {
		const both = new Float32Array(2 * batch * PIXELS);
		for (let i = 0; i < batch; i++) {
			const k = Math.floor(Math.random() * FACE_COUNT);
			both.set(real.subarray(k * PIXELS, (k + 1) * PIXELS), i * PIXELS);
		}
		both.set(fakes('main').output, batch * PIXELS);
		const dPass = forward(d, both, 2 * batch, 'train');
		const dGrad = dPass.output.map((l, k) => (sigmoid(l) - (k < batch ? 0.9 : 0)) / batch);
		dAdam.step(backward(d, dPass, dGrad, { input: false }));
		const gPass = fakes('train');
		const through = forward(d, gPass.output, batch, 'through');
		const gLogit = through.output.map((l) => (sigmoid(l) - 1) / batch);
		const gImage = backward(d, through, gLogit, { weights: false }).input;
		for (let k = 0; k < gImage.length; k++) gImage[k]! *= 1 - gPass.output[k]! ** 2;
		gAdam.step(backward(g, gPass, gImage, { input: false }));
	};
	for (let i = 0; i < 3; i++) iteration();
	const started = performance.now();
	let count = 0;
	while (performance.now() - started < seconds * 1000) {
		iteration();
		count++;
	}
	return (count * 1000) / (performance.now() - started);
}

(globalThis as unknown as { imageGanBench: unknown }).imageGanBench = {
	distances,
	plainLoops,
	prepareClassifier,
	readAsCows
};
