/**
 * `npm run gan:pretrain`: trains the image GAN on the project's cartoon faces, in Node on
 * TensorFlow.js's WebAssembly backend (the same trainer the page runs in its worker), and writes
 * the generator to static/gan/faces-generator.bin for classes without time to train. It prints
 * how long that took and how close the samples came to the faces (the README records both).
 *
 *   npm run gan:pretrain -- [iterations, default 4000]
 */
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACE_SIZE, faceSet } from '../src/lib/gan/faces';
import { encodeGenerator, PRETRAINED_PATH } from '../src/lib/gan/generator-file';
import { ImageGan, nearestRealDistance, pixelStatsDistance } from '../src/lib/gan/image-gan';
import { FACE_COUNT } from '../src/lib/gan/image-session';

export const PRETRAINED_FILE = join('static', PRETRAINED_PATH);
export const PRETRAIN_ITERATIONS = 4000;

export async function pretrainFaces(iterations = PRETRAIN_ITERATIONS, log = console.log) {
	await tf.setBackend('wasm');
	const pixels = FACE_SIZE * FACE_SIZE;
	// The same faces the page trains on (seed 1), so the shipped generator makes the page's faces.
	const { pixels: faces } = faceSet(FACE_COUNT, 1);
	const held = faceSet(200, 99).pixels;
	const gan = new ImageGan(faces, { size: FACE_SIZE });
	const started = performance.now();
	for (let i = 1; i <= iterations; i++) {
		gan.iteration();
		if (i % 500 === 0 || i === iterations) {
			const samples = gan.generate(gan.noise(100));
			log(
				`${i} iterations, ${((performance.now() - started) / 1000).toFixed(1)} s: pixel statistics ${pixelStatsDistance(samples, held, pixels).toFixed(3)}, nearest face ${nearestRealDistance(samples, faces, pixels).toFixed(3)}`
			);
		}
	}
	const seconds = (performance.now() - started) / 1000;
	const weights = gan.generatorWeights();
	gan.dispose();
	return { weights, seconds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = join(fileURLToPath(import.meta.url), '..', '..');
	const iterations = Number(process.argv[2] ?? PRETRAIN_ITERATIONS);
	const { weights, seconds } = await pretrainFaces(iterations);
	const file = join(root, PRETRAINED_FILE);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, encodeGenerator(weights));
	console.log(`${file}: ${iterations} iterations in ${seconds.toFixed(1)} s on one CPU core`);
}
