import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '#lib/doodle/random';
import { FACE_SIZE, faceSet } from '#lib/gan/faces';
import { decodeGenerator } from '#lib/gan/generator-file';
import { ImageGan } from '#lib/gan/image-gan';
import {
	correctOf,
	makeRound,
	measure,
	normsOf,
	outcomeOf,
	rates,
	tally,
	telltaleOf,
	totalOf,
	type Telltale
} from './real-or-fake';
import { classChange, realOrFakeSchema, realOrFakeView } from './game-artifact';

const PIXELS = FACE_SIZE * FACE_SIZE;

describe('scoring real or fake', () => {
	it('counts hits, misses, false alarms and correct rejections', () => {
		expect(outcomeOf('fake', 'fake')).toBe('hit');
		expect(outcomeOf('fake', 'real')).toBe('miss');
		expect(outcomeOf('real', 'fake')).toBe('false-alarm');
		expect(outcomeOf('real', 'real')).toBe('correct-rejection');
		const t = tally(['hit', 'hit', 'miss', 'false-alarm', 'correct-rejection', 'hit']);
		expect(t).toEqual({ hits: 3, misses: 1, falseAlarms: 1, correctRejections: 1 });
		expect(rates(t)).toEqual({ hitRate: 0.75, falseAlarmRate: 0.5 });
		expect([correctOf(t), totalOf(t)]).toEqual([4, 6]);
	});

	it('does not reward calling everything fake', () => {
		const truths = ['fake', 'real', 'fake', 'real', 'real'] as const;
		const everythingFake = tally(truths.map((truth) => outcomeOf(truth, 'fake')));
		expect(rates(everythingFake)).toEqual({ hitRate: 1, falseAlarmRate: 1 });
		expect(rates(tally([]))).toEqual({ hitRate: null, falseAlarmRate: null });
	});
});

describe('what gives a fake away', () => {
	const faces = faceSet(300, 1).pixels;
	const norms = normsOf(faces, FACE_SIZE);
	const telltales = (pictures: Float32Array) => {
		const counts: Partial<Record<Telltale, number>> = {};
		for (let i = 0; i < pictures.length / PIXELS; i++) {
			const t = telltaleOf(pictures.subarray(i * PIXELS, (i + 1) * PIXELS), FACE_SIZE, norms);
			counts[t] = (counts[t] ?? 0) + 1;
		}
		return counts;
	};
	beforeAll(async () => {
		await tf.setBackend('wasm');
	});

	it('measures stray ink, grain and a lopsided picture', () => {
		const face = faces.slice(0, PIXELS);
		const speckled = face.map((v, k) => (k % 7 === 0 ? 0.9 : v));
		expect(measure(speckled, FACE_SIZE).speckles).toBeGreaterThan(
			measure(face, FACE_SIZE).speckles
		);
		const grainy = face.map((v, k) => (k % 2 ? Math.min(1, v + 0.3) : v));
		expect(measure(grainy, FACE_SIZE).grainy).toBeGreaterThan(measure(face, FACE_SIZE).grainy);
		const half = face.map((v, k) => (k % FACE_SIZE < FACE_SIZE / 2 ? v : 0));
		expect(measure(half, FACE_SIZE).lopsided).toBeGreaterThan(measure(face, FACE_SIZE).lopsided);
	});

	it('flags few real faces, nearly every untrained fake, and names the shipped one’s flaws', () => {
		const held = faceSet(200, 7).pixels;
		const real = telltales(held);
		expect((real.subtle ?? 0) / 200).toBeGreaterThan(0.9);
		const gan = new ImageGan(faces, { size: FACE_SIZE });
		const untrained = telltales(gan.generate(gan.noise(100)));
		expect(untrained.subtle ?? 0).toBeLessThan(10);
		gan.loadGenerator(
			decodeGenerator(new Uint8Array(readFileSync('static/gan/faces-generator.bin')))
		);
		const shipped = telltales(gan.generate(gan.noise(200)));
		gan.dispose();
		console.log('telltales: real', real, 'untrained', untrained, 'shipped', shipped);
		// A trained forger is harder to catch than an untrained one, but still gives itself away.
		expect(shipped.subtle ?? 0).toBeGreaterThan(untrained.subtle ?? 0);
		expect(shipped.subtle ?? 0).toBeLessThan(80);
	});

	it('makes rounds with four to six fakes, shuffled, the same for the same seed', () => {
		const fakes = faceSet(10, 50).pixels.map((v) => Math.min(1, v + 0.3));
		const round = () => makeRound(faces, fakes, FACE_SIZE, seededRandom(4), norms);
		const items = round();
		expect(items).toHaveLength(10);
		const fakeCount = items.filter((item) => item.truth === 'fake').length;
		expect(fakeCount).toBeGreaterThanOrEqual(4);
		expect(fakeCount).toBeLessThanOrEqual(6);
		expect(items.map((item) => item.truth)).toEqual(round().map((item) => item.truth));
		expect(items.filter((item) => item.truth === 'real').every((i) => i.telltale === 'real')).toBe(
			true
		);
		const counts = new Set(
			Array.from(
				{ length: 20 },
				(_, s) =>
					makeRound(faces, fakes, FACE_SIZE, seededRandom(s), norms).filter(
						(i) => i.truth === 'fake'
					).length
			)
		);
		expect(counts.size).toBeGreaterThan(1);
		expect(() =>
			makeRound(faces, fakes.subarray(0, 2 * PIXELS), FACE_SIZE, seededRandom(1), norms)
		).toThrow(RangeError);
	});
});

describe('a round’s result as an artifact', () => {
	const result = {
		phase: 'before',
		forger: 'shipped',
		data: 'faces',
		hits: 3,
		misses: 2,
		falseAlarms: 1,
		correctRejections: 4
	} as const;

	it('is checked at the door: counts, phases and the size of a round', () => {
		expect(realOrFakeSchema.safeParse(result).success).toBe(true);
		for (const bad of [
			{ ...result, hits: -1 },
			{ ...result, hits: 2.5 },
			{ ...result, phase: 'during' },
			{ ...result, forger: 'someone' },
			{ ...result, correctRejections: 9 },
			{ ...result, extra: '<script>' }
		])
			expect(realOrFakeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(
				'extra' in bad ? true : false
			);
		// Unknown keys are dropped, never stored.
		expect(realOrFakeSchema.parse({ ...result, extra: 'x' })).not.toHaveProperty('extra');
	});

	it('shows the teacher fakes caught and false alarms, in the teacher’s language', () => {
		expect(realOrFakeView(result, 'en')).toEqual({
			type: 'real-or-fake',
			phase: 'Before the lesson',
			forger: 'Forger: the trained face GAN',
			hits: 'Fakes caught: 3 of 5',
			falseAlarms: 'Real pictures called fake: 1 of 5'
		});
		expect(realOrFakeView(result, 'es').hits).toBe('Falsas descubiertas: 3 de 5');
	});

	it('sums the class before and after the lesson', () => {
		const change = classChange([
			result,
			{ ...result, hits: 1, misses: 4, falseAlarms: 3, correctRejections: 2 },
			{ ...result, phase: 'after', hits: 5, misses: 0, falseAlarms: 1, correctRejections: 4 },
			{ ...result, phase: 'practice' }
		]);
		expect(change.before).toEqual({ students: 2, hitRate: 0.4, falseAlarmRate: 0.4 });
		expect(change.after).toEqual({ students: 1, hitRate: 1, falseAlarmRate: 0.2 });
		expect(classChange([]).after).toEqual({ students: 0, hitRate: null, falseAlarmRate: null });
	});
});
