import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrainerClient } from '#lib/doodle/trainer-client';
import type { WorkerItem } from '#lib/doodle/training-session';
import { DoodleLab } from './lab.svelte';

const SUBSET = readFileSync('static/doodles/quickdraw-subset.bin');

/** A trainer that remembers what it was asked and answers "cow" for every drawing. */
function fakeTrainer() {
	const trained: { items: WorkerItem[]; model: string | undefined }[] = [];
	const trainer = {
		backend: Promise.resolve('wasm'),
		lastPredictionMs: 0,
		async train(items: WorkerItem[], _progress: unknown, _options: unknown, model?: string) {
			trained.push({ items, model });
			return { status: 'trained', milliseconds: 10, preparingMilliseconds: 1 };
		},
		async classify(items: WorkerItem[]) {
			const probabilities = new Float32Array(items.length * 4);
			for (let i = 0; i < items.length; i++) probabilities[i * 4] = 1;
			return probabilities;
		},
		async predict() {
			return Float32Array.of(1, 0, 0, 0);
		},
		cancel() {},
		dispose() {}
	};
	return { trainer: trainer as unknown as TrainerClient, trained };
}

function server(routes: Record<string, () => Response | Promise<Response>>) {
	return (async (input: string | URL | Request) => {
		const route = routes[String(input)];
		return route ? route() : new Response('{}', { status: 404 });
	}) as typeof fetch;
}

const subsetRoute = () => new Response(SUBSET);

describe('the doodle lab’s data, behind the panels', () => {
	it('starts on the real drawings it ships: nothing to train on until they are read', async () => {
		const { trainer, trained } = fakeTrainer();
		const lab = new DoodleLab(
			() => trainer,
			'biased',
			() => {}
		);
		expect([lab.source, lab.realStatus, lab.label.total]).toEqual(['quickdraw', 'loading', 0]);
		await lab.loadReal(
			server({
				'/doodles/quickdraw-subset.bin': subsetRoute,
				'/api/doodles/quickdraw': () => Response.json({ available: false, items: [] })
			})
		);
		expect(lab.realStatus).toBe('ready');
		expect(lab.label).toMatchObject({ total: 2400, cows: { spotted: 540, plain: 60 } });
		expect(lab.test).toHaveLength(1438);

		await lab.train();
		// The feature model, and the shipped drawings sent by key alone (the worker has them).
		expect(trained[0]!.model).toBe('features');
		expect(trained[0]!.items).toHaveLength(2400);
		expect(trained[0]!.items.every((item) => item.drawing === undefined)).toBe(true);
		expect(lab.latest!.summary).toMatchObject({ source: 'quickdraw', differentPlain: null });
		expect(lab.latest!.evaluation.perGroup.plain!.total).toBe(211);

		// The same 60 plain cows, repeated: the summary says so.
		lab.mix.spottedShare = 0.5;
		lab.usePlainCows('same');
		expect(lab.label).toMatchObject({ cows: { plain: 300 }, differentPlain: 60 });
		await lab.train();
		expect(lab.latest!.summary.differentPlain).toBe(60);
		lab.dispose();
	});

	it('says so and uses the drawings it makes when the real ones cannot be read', async () => {
		const { trainer, trained } = fakeTrainer();
		const lab = new DoodleLab(
			() => trainer,
			'biased',
			() => {}
		);
		await lab.loadReal(server({}));
		expect([lab.source, lab.realStatus]).toEqual(['starter', 'failed']);
		expect(lab.label).toMatchObject({ total: 2000, cows: { spotted: 450, plain: 50 } });
		// Nothing to switch back to.
		lab.useSource('quickdraw');
		expect(lab.source).toBe('starter');
		await lab.train();
		expect(trained[0]!.model).toBe('network');
		lab.dispose();
	});

	it('adds the drawings a server offers besides, to the pools only', async () => {
		const { trainer } = fakeTrainer();
		const lab = new DoodleLab(
			() => trainer,
			'biased',
			() => {}
		);
		const extra = {
			key: 'quickdraw:cow:4000',
			animal: 'cow',
			subgroup: 'plain',
			drawing: [
				[
					[0, 10],
					[0, 10]
				]
			]
		};
		await lab.loadReal(
			server({
				'/doodles/quickdraw-subset.bin': subsetRoute,
				'/api/doodles/quickdraw': () => Response.json({ available: true, items: [extra] })
			})
		);
		expect(lab.real!.train.plain.at(-1)!.key).toBe('quickdraw:cow:4000');
		expect(lab.test).toHaveLength(1438);
		lab.dispose();
	});
});
