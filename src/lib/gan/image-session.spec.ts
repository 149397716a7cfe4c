import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { starterDrawing, starterKey } from '../doodle/dataset';
import type { SimplifiedDrawing } from '../doodle/strokes';
import type { Request } from './client';
import { encodeGenerator, decodeGenerator, GeneratorFileError } from './generator-file';
import {
	createImageSession,
	FACE_COUNT,
	SAMPLE_COUNT,
	type FromImageGan,
	type ToImageGan
} from './image-session';
import { drawingsProblem, MAX_DRAWINGS } from './pictures';
import { FACE_SIZE, faceSet } from './faces';
import { nearestRealDistance } from './image-gan';

const PIXELS = FACE_SIZE * FACE_SIZE;
const shipped = () => new Uint8Array(readFileSync('static/gan/faces-generator.bin'));
const cows: SimplifiedDrawing[] = Array.from({ length: 12 }, (_, i) =>
	starterDrawing(starterKey('train', 'cow', i % 2 ? 'spotted' : 'plain', i))!
);

function session() {
	const answers: FromImageGan[] = [];
	let clock = 0;
	const made = createImageSession(
		(message) => answers.push(message),
		{ cows: async () => cows, pretrained: async () => shipped() },
		() => (clock += 5)
	);
	let id = 0;
	const ask = async (message: Request<ToImageGan>): Promise<FromImageGan> => {
		await made.handle({ ...message, id: ++id } as ToImageGan);
		return answers.at(-1)!;
	};
	return { ask, dispose: made.dispose };
}

describe('the image GAN session', () => {
	const open: { dispose(): void }[] = [];
	beforeAll(async () => {
		await tf.setBackend('wasm');
	});
	afterEach(() => open.splice(0).forEach((s) => s.dispose()));

	it('trains on the faces in stretches and shows the same fixed noise each time', async () => {
		const s = session();
		open.push(s);
		const started = await s.ask({ type: 'start', data: 'faces' });
		if (started.type !== 'state') throw new Error(started.type);
		expect(started.state.samples.length).toBe(SAMPLE_COUNT * PIXELS);
		expect(started.state.real.length).toBe(SAMPLE_COUNT * PIXELS);
		expect(started.state.realCount).toBe(600);
		expect(started.state.size).toBe(FACE_SIZE);
		// The fake clock moves 5 ms a reading: a 20 ms budget is a few iterations.
		const trained = await s.ask({ type: 'train', budgetMs: 20 });
		if (trained.type !== 'state') throw new Error(trained.type);
		expect(trained.state.iterations).toBeGreaterThan(1);
		expect(trained.state.history).toHaveLength(1);
		expect(trained.state.history[0]!.iteration).toBe(trained.state.iterations);
		expect([...trained.state.samples]).not.toEqual([...started.state.samples]);
		const reset = await s.ask({ type: 'reset' });
		if (reset.type !== 'state') throw new Error(reset.type);
		expect(reset.state.iterations).toBe(0);
		expect([...reset.state.samples]).toEqual([...started.state.samples]);
	});

	it('loads the shipped generator, which makes faces at once', async () => {
		const s = session();
		open.push(s);
		const fresh = await s.ask({ type: 'start', data: 'faces' });
		const loaded = await s.ask({ type: 'pretrained' });
		if (fresh.type !== 'state' || loaded.type !== 'state') throw new Error('no state');
		expect(loaded.state.pretrained).toBe(true);
		const faces = faceSet(FACE_COUNT, 1).pixels;
		const untrained = nearestRealDistance(fresh.state.samples, faces, PIXELS);
		const shippedDistance = nearestRealDistance(loaded.state.samples, faces, PIXELS);
		// The shipped generator's samples lie as near the faces as 4000 iterations bring them.
		expect(untrained).toBeGreaterThan(0.45);
		expect(shippedDistance).toBeLessThan(0.18);
	});

	it('hands over its generator as a file, which another tablet loads as the class’s forger', async () => {
		const trainer = session();
		const classmate = session();
		open.push(trainer, classmate);
		await trainer.ask({ type: 'start', data: { drawings: cows } });
		await trainer.ask({ type: 'train', budgetMs: 20 });
		const file = await trainer.ask({ type: 'generator' });
		if (file.type !== 'generator') throw new Error(file.type);
		expect(decodeGenerator(file.bytes).size).toBe(28);

		await classmate.ask({ type: 'start', data: { drawings: cows } });
		const loaded = await classmate.ask({ type: 'pretrained', bytes: file.bytes.slice() });
		if (loaded.type !== 'state') throw new Error(loaded.type);
		expect(loaded.state.pretrained).toBe(true);
		expect(loaded.state.iterations).toBe(0);
		// Weight for weight the trainer's generator.
		const again = await classmate.ask({ type: 'generator' });
		if (again.type !== 'generator') throw new Error(again.type);
		expect(Buffer.from(again.bytes).equals(Buffer.from(file.bytes))).toBe(true);

		// A doodle generator does not make faces: refused, and the faces GAN stays as it was.
		await classmate.ask({ type: 'start', data: 'faces' });
		const refused = await classmate.ask({ type: 'pretrained', bytes: file.bytes.slice() });
		expect(refused).toMatchObject({ type: 'failed', problem: 'pretrained' });
		const broken = await classmate.ask({ type: 'pretrained', bytes: new Uint8Array([1, 2, 3]) });
		expect(broken.type).toBe('failed');
		expect((await classmate.ask({ type: 'train', budgetMs: 5 })).type).toBe('state');
	});

	it('walks between two samples, from one to the other', async () => {
		const s = session();
		open.push(s);
		const started = await s.ask({ type: 'start', data: 'faces' });
		if (started.type !== 'state') throw new Error(started.type);
		const walked = await s.ask({ type: 'walk', from: 2, to: 5, steps: 6 });
		if (walked.type !== 'pictures') throw new Error(walked.type);
		expect(walked.pictures.length).toBe(6 * PIXELS);
		const picture = (set: Float32Array, k: number) => [
			...set.subarray(k * PIXELS, (k + 1) * PIXELS)
		];
		expect(picture(walked.pictures, 0)).toEqual(picture(started.state.samples, 2));
		expect(picture(walked.pictures, 5)).toEqual(picture(started.state.samples, 5));
		const bad = await s.ask({ type: 'walk', from: 2, to: SAMPLE_COUNT, steps: 6 });
		expect(bad.type).toBe('failed');
	});

	it('trains on the cow doodles and on a class’s drawings, and refuses bad drawings', async () => {
		const s = session();
		open.push(s);
		const onCows = await s.ask({ type: 'start', data: 'cows' });
		if (onCows.type !== 'state') throw new Error(onCows.type);
		expect(onCows.state.realCount).toBe(cows.length);
		// Doodles at the doodle lab's own 28 × 28, so its classifier can read them.
		expect(onCows.state.size).toBe(28);
		expect(onCows.state.samples.length).toBe(SAMPLE_COUNT * 28 * 28);
		const onClass = await s.ask({ type: 'start', data: { drawings: cows.slice(0, 5) } });
		if (onClass.type !== 'state') throw new Error(onClass.type);
		expect(onClass.state.data).toBe('drawings');
		const few = await s.ask({ type: 'start', data: { drawings: cows.slice(0, 2) } });
		expect(few).toMatchObject({ type: 'failed', problem: 'too-few' });
		const broken = await s.ask({ type: 'start', data: { drawings: [[[1, 2], [3]]] } });
		expect(broken).toMatchObject({ type: 'failed', problem: 'unreadable' });
		// The GAN the class had is still there after a refusal.
		const trained = await s.ask({ type: 'train', budgetMs: 10 });
		expect(trained.type).toBe('state');
		const pretrained = await s.ask({ type: 'pretrained' });
		expect(pretrained.type).toBe('failed');
	});

	it('hands out real and generated pictures for the game', async () => {
		const s = session();
		open.push(s);
		await s.ask({ type: 'start', data: 'faces' });
		const fakes = await s.ask({ type: 'pictures', kind: 'fake', count: 5 });
		const reals = await s.ask({ type: 'pictures', kind: 'real', count: 500 });
		if (fakes.type !== 'pictures' || reals.type !== 'pictures') throw new Error('no pictures');
		expect(fakes.pictures.length).toBe(5 * PIXELS);
		expect(reals.pictures.length).toBe(64 * PIXELS);
	});

	it('asks for pictures before training', async () => {
		const s = session();
		open.push(s);
		expect(await s.ask({ type: 'train', budgetMs: 10 })).toMatchObject({ type: 'failed' });
	});
});

describe('the shipped generator file', () => {
	it('reads back what was written, and refuses anything else', () => {
		const weights = decodeGenerator(shipped());
		expect(weights).toMatchObject({ size: FACE_SIZE, latent: 16, hidden: 128 });
		expect(decodeGenerator(encodeGenerator(weights)).values).toEqual(weights.values);
		const bytes = shipped();
		expect(() => decodeGenerator(bytes.subarray(0, 100))).toThrow(GeneratorFileError);
		expect(() => decodeGenerator(new TextEncoder().encode('DAIG not really'))).toThrow(
			GeneratorFileError
		);
		const broken = bytes.slice();
		new DataView(broken.buffer).setFloat32(15, Number.NaN, true);
		expect(() => decodeGenerator(broken)).toThrow(/broken/);
	});
});

describe('a class’s drawings for the image GAN', () => {
	it('are checked at the door', () => {
		expect(drawingsProblem(cows.slice(0, 4)).problem).toBeNull();
		expect(drawingsProblem(cows.slice(0, 3)).problem).toBe('too-few');
		expect(drawingsProblem('cows').problem).toBe('unreadable');
		expect(drawingsProblem([[[[1], [2]]], { x: 1 }]).problem).toBe('unreadable');
		expect(drawingsProblem(new Array(MAX_DRAWINGS + 1).fill(cows[0])).problem).toBe('too-many');
	});
});
