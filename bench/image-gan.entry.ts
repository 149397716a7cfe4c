// The image GAN benchmark's page helper (bench/image-gan.bench.js injects it into the app's
// page): the faces the page trains on, and the two distances the image GAN's tests use, so the
// benchmark measures the pictures the student actually sees (read from the page's canvases).
import { FACE_SIZE, faceSet } from '../src/lib/gan/faces';
import { nearestRealDistance, pixelStatsDistance } from '../src/lib/gan/image-gan';
import { FACE_COUNT } from '../src/lib/gan/image-session';
import { seededRandom } from '../src/lib/doodle/random';
import { sigmoid } from '../src/lib/gan/gan2d';
import { Adam, backward, createMlp, forward, normalFrom } from '../src/lib/gan/mlp';

const PIXELS = FACE_SIZE * FACE_SIZE;
// The page's faces: the same count and seed as the worker's.
const faces = faceSet(FACE_COUNT, 1).pixels;

/** Both distances of the pictures drawn in these canvases (20 × 20, white paper, dark ink). */
function distances(canvases: HTMLCanvasElement[]) {
	const samples = new Float32Array(canvases.length * PIXELS);
	canvases.forEach((canvas, i) => {
		const data = canvas.getContext('2d')!.getImageData(0, 0, FACE_SIZE, FACE_SIZE).data;
		for (let p = 0; p < PIXELS; p++) samples[i * PIXELS + p] = 1 - data[p * 4]! / 255;
	});
	return {
		nearest: nearestRealDistance(samples, faces, PIXELS),
		stats: pixelStatsDistance(samples, faces, PIXELS)
	};
}

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

(globalThis as unknown as { imageGanBench: unknown }).imageGanBench = { distances, plainLoops };
