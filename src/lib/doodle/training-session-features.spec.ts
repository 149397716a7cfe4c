import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { argmax } from './evaluate';
import { decodeExtractor } from './features';
import { ANIMALS } from './generator';
import { decodeSubset } from './subset';
import { createTrainingSession, type FromTrainer, type WorkerItem } from './training-session';

const subset = decodeSubset(new Uint8Array(readFileSync('static/doodles/quickdraw-subset.bin')));
const item = (d: (typeof subset)[number]): WorkerItem => ({
	key: `qd:${d.animal}:${d.position}`,
	animal: d.animal,
	drawing: d.drawing
});
const pick = (test: boolean, perAnimal: number) =>
	ANIMALS.flatMap((animal) =>
		subset.filter((d) => d.animal === animal && d.test === test).slice(0, perAnimal)
	).map(item);
const loadExtractor = async () =>
	decodeExtractor(new Uint8Array(readFileSync('static/doodles/features-v1.bin')));

beforeAll(async () => {
	await tf.setBackend('wasm');
});

describe('the training worker’s session, with the feature model', () => {
	it('trains the last layer on real drawings with progress, and recognises held-out ones', async () => {
		const before = tf.memory().numTensors;
		const sent: FromTrainer[] = [];
		const session = createTrainingSession((m) => sent.push(m), undefined, loadExtractor);
		await session.handle({ type: 'train', id: 1, items: pick(false, 200), model: 'features' });
		const progress = sent.flatMap((m) => (m.type === 'progress' ? [m.progress] : []));
		expect(progress.map((p) => p.epoch)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
		expect(progress.at(-1)).toMatchObject({ fraction: 1, epochs: 15 });
		expect(progress.at(-1)!.accuracy).toBeGreaterThan(0.8);
		expect(sent.at(-1)).toMatchObject({ type: 'trained', id: 1 });

		const test = pick(true, 100);
		await session.handle({ type: 'classify', id: 2, items: test });
		const answer = sent.at(-1);
		if (answer?.type !== 'predictions')
			throw new Error(`expected predictions, got ${answer?.type}`);
		const right = test.filter(
			(t, i) => argmax(answer.probabilities, i * 4, 4) === ANIMALS.indexOf(t.animal)
		).length;
		expect(right / test.length).toBeGreaterThan(0.75);
		session.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});

	it('says so when the extractor cannot be loaded, and tries again on the next training', async () => {
		const sent: FromTrainer[] = [];
		let attempts = 0;
		const session = createTrainingSession(
			(m) => sent.push(m),
			undefined,
			async () => {
				attempts++;
				if (attempts === 1) throw new Error('offline');
				return loadExtractor();
			}
		);
		await session.handle({ type: 'train', id: 1, items: pick(false, 20), model: 'features' });
		expect(sent.at(-1)).toEqual({ type: 'failed', id: 1, message: 'offline' });
		await session.handle({ type: 'train', id: 2, items: pick(false, 20), model: 'features' });
		expect(sent.at(-1)).toMatchObject({ type: 'trained', id: 2 });
		expect(attempts).toBe(2);
		session.dispose();
	});

	it('reads shipped drawings sent by key alone from its own copy of the subset, loaded once', async () => {
		const sent: FromTrainer[] = [];
		let loads = 0;
		const shipped = new Map(subset.map((d) => [`qd:${d.animal}:${d.position}`, d.drawing]));
		const session = createTrainingSession(
			(m) => sent.push(m),
			undefined,
			loadExtractor,
			async () => (loads++, shipped)
		);
		const byKey = (items: WorkerItem[]) => items.map(({ key, animal }) => ({ key, animal }));
		await session.handle({
			type: 'train',
			id: 1,
			items: byKey(pick(false, 100)),
			model: 'features'
		});
		expect(sent.at(-1)).toMatchObject({ type: 'trained', id: 1 });
		const test = pick(true, 50);
		await session.handle({ type: 'classify', id: 2, items: byKey(test) });
		const byKeyAnswer = sent.at(-1);
		await session.handle({ type: 'classify', id: 3, items: test });
		const withDrawings = sent.at(-1);
		if (byKeyAnswer?.type !== 'predictions' || withDrawings?.type !== 'predictions')
			throw new Error('expected predictions');
		// The same drawings, whether they travelled or were looked up.
		expect([...byKeyAnswer.probabilities]).toEqual([...withDrawings.probabilities]);
		expect(loads).toBe(1);
		await session.handle({
			type: 'classify',
			id: 4,
			items: [{ key: 'qd:cow:99999', animal: 'cow' }]
		});
		expect(sent.at(-1)).toMatchObject({ type: 'failed', id: 4 });
		session.dispose();
	});
});
