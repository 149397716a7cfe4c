import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FACE_FEATURES, FACE_SIZE, drawFace, faceSet, randomFace } from './faces';
import { ImageGan, nearestRealDistance, pixelStatsDistance } from './image-gan';
import { seededRandom } from '../doodle/random';

const PIXELS = FACE_SIZE * FACE_SIZE;

describe('the cartoon faces', () => {
	it('are the same for the same seed, and every feature appears', () => {
		expect([...faceSet(5, 3).pixels]).toEqual([...faceSet(5, 3).pixels]);
		expect([...faceSet(5, 3).pixels]).not.toEqual([...faceSet(5, 4).pixels]);
		const { faces, pixels } = faceSet(400, 1);
		for (const [feature, options] of Object.entries(FACE_FEATURES))
			expect(new Set(faces.map((face) => face[feature as keyof typeof FACE_FEATURES]))).toEqual(
				new Set(options)
			);
		expect(pixels.every((v) => v >= 0 && v <= 1)).toBe(true);
	});

	it('draw a face: a white border, a light face, dark eyes and mouth', () => {
		const face = { ...randomFace(seededRandom(1)), dx: 0, dy: 0, scale: 1, tone: 0 };
		const picture = drawFace({
			...face,
			shape: 'round',
			eyes: 'dots',
			mouth: 'open',
			hair: 'none',
			accessory: 'none'
		});
		const at = (row: number, col: number) => picture[row * FACE_SIZE + col]!;
		expect(at(0, 0)).toBe(0);
		expect(at(FACE_SIZE - 1, FACE_SIZE - 1)).toBe(0);
		// The cheeks are light, the eyes (left and right of centre, a little above) and mouth dark.
		expect(at(Math.round(FACE_SIZE * 0.6), Math.round(FACE_SIZE * 0.3))).toBeLessThan(0.2);
		const eyeRow = Math.floor(FACE_SIZE * (0.5 - 0.05 / 2.2));
		const eyeCol = Math.floor(FACE_SIZE * (0.5 - 0.26 / 2.2));
		expect(Math.max(at(eyeRow, eyeCol), at(eyeRow, eyeCol - 1))).toBeGreaterThan(0.5);
		const mouthRow = Math.floor(FACE_SIZE * (0.5 + 0.4 / 2.2));
		expect(at(mouthRow, FACE_SIZE / 2)).toBeGreaterThan(0.7);
	});
});

describe('the image GAN', () => {
	const { pixels } = faceSet(300, 1);
	const made: ImageGan[] = [];
	const ganOf = (data = pixels) => {
		const gan = new ImageGan(data, { size: FACE_SIZE });
		made.push(gan);
		return gan;
	};
	beforeAll(async () => {
		await tf.setBackend('wasm');
	});
	afterEach(() => made.splice(0).forEach((gan) => gan.dispose()));

	it('lowers the discriminator’s loss on a fixed batch when only it trains', () => {
		const gan = ganOf();
		const real = pixels.slice(0, 32 * PIXELS).map((v) => v * 2 - 1);
		const fake = gan.generate(gan.noise(32)).map((v) => v * 2 - 1);
		const first = gan.discriminatorStep(real, fake);
		let last = first;
		for (let i = 0; i < 40; i++) last = gan.discriminatorStep(real, fake);
		expect(last.loss).toBeLessThan(first.loss * 0.5);
		expect(last.accuracy).toBe(1);
	});

	it('lowers the generator’s loss on fixed noise when only it trains', () => {
		const gan = ganOf();
		for (let i = 0; i < 20; i++) gan.discriminatorStep();
		const noise = gan.noise(32);
		const first = gan.generatorStep(noise);
		let last = first;
		for (let i = 0; i < 30; i++) last = gan.generatorStep(noise);
		expect(last).toBeLessThan(first * 0.5);
	});

	it('makes pictures that move toward the faces as it trains', () => {
		const gan = ganOf();
		const held = faceSet(100, 99).pixels;
		const sample = () => gan.generate(gan.noise(100));
		const before = sample();
		const statsBefore = pixelStatsDistance(before, held, PIXELS);
		const nearestBefore = nearestRealDistance(before.subarray(0, 30 * PIXELS), pixels, PIXELS);
		for (let i = 0; i < 250; i++) gan.iteration();
		const after = sample();
		const statsAfter = pixelStatsDistance(after, held, PIXELS);
		const nearestAfter = nearestRealDistance(after.subarray(0, 30 * PIXELS), pixels, PIXELS);
		console.log(
			`pixel statistics distance ${statsBefore.toFixed(3)} → ${statsAfter.toFixed(3)}; nearest face ${nearestBefore.toFixed(3)} → ${nearestAfter.toFixed(3)} after 250 iterations`
		);
		expect(statsAfter).toBeLessThan(statsBefore * 0.6);
		expect(nearestAfter).toBeLessThan(nearestBefore * 0.75);
	}, 60_000);

	it('frees every tensor an iteration makes, and all of them when disposed', () => {
		const before = tf.memory().numTensors;
		const gan = new ImageGan(pixels, { size: FACE_SIZE });
		gan.iteration();
		const kept = tf.memory().numTensors;
		for (let i = 0; i < 5; i++) gan.iteration();
		gan.generate(gan.noise(4));
		gan.judge(pixels.subarray(0, 2 * PIXELS));
		gan.discriminatorStep(pixels.slice(0, 4 * PIXELS), pixels.slice(4 * PIXELS, 8 * PIXELS));
		gan.loadGenerator(gan.generatorWeights());
		gan.useData(faceSet(20, 5).pixels);
		gan.reset(3);
		gan.iteration();
		expect(tf.memory().numTensors).toBe(kept);
		gan.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});

	it('hands its generator to another GAN, which then draws the same pictures', () => {
		const trained = ganOf();
		for (let i = 0; i < 20; i++) trained.iteration();
		const fresh = ganOf();
		const noise = trained.noise(3);
		expect([...fresh.generate(noise)]).not.toEqual([...trained.generate(noise)]);
		fresh.loadGenerator(trained.generatorWeights());
		expect([...fresh.generate(noise)]).toEqual([...trained.generate(noise)]);
		const other = { ...trained.generatorWeights(), hidden: 64 };
		expect(() => fresh.loadGenerator(other)).toThrow(RangeError);
		const short = { ...trained.generatorWeights(), values: new Float32Array(10) };
		expect(() => fresh.loadGenerator(short)).toThrow(RangeError);
	});

	it('refuses data that is not whole pictures', () => {
		expect(() => new ImageGan(new Float32Array(PIXELS), { size: FACE_SIZE })).toThrow(RangeError);
		expect(() => new ImageGan(new Float32Array(PIXELS * 2 + 1), { size: FACE_SIZE })).toThrow(
			RangeError
		);
	});
});

describe('the distances', () => {
	it('are zero for the same set and grow with the difference', () => {
		const { pixels } = faceSet(50, 2);
		expect(pixelStatsDistance(pixels, pixels, PIXELS)).toBe(0);
		expect(nearestRealDistance(pixels, pixels, PIXELS)).toBe(0);
		const blank = new Float32Array(pixels.length);
		const grey = new Float32Array(pixels.length).fill(0.5);
		expect(pixelStatsDistance(blank, pixels, PIXELS)).toBeGreaterThan(
			pixelStatsDistance(faceSet(50, 3).pixels, pixels, PIXELS)
		);
		expect(nearestRealDistance(grey, pixels, PIXELS)).toBeGreaterThan(
			nearestRealDistance(faceSet(10, 3).pixels, pixels, PIXELS)
		);
	});
});
