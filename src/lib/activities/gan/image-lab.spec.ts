import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { starterDrawing, starterKey } from '#lib/doodle/dataset';
import { ImageGanClient } from '#lib/gan/client';
import { inThreadImageWorker } from '#lib/gan/in-thread-worker';
import type { ActivityEvent } from '../contract';
import { ImageLab, thin, TRAINED_STEP_AT } from './image-lab.svelte';
import { decodeGenerator } from '#lib/gan/generator-file';

const cow = (i: number) => starterDrawing(starterKey('train', 'cow', 'plain', i))!;
const pig = starterDrawing(starterKey('train', 'pig', null, 1))!;

function labWith(now?: () => number) {
	const events: ActivityEvent[] = [];
	const worker = inThreadImageWorker(
		{
			cows: async () => [cow(1), cow(2), cow(3), cow(4)],
			pretrained: async () => new Uint8Array(readFileSync('static/gan/faces-generator.bin'))
		},
		now
	);
	const lab = new ImageLab(
		() => new ImageGanClient(worker.worker),
		(event) => events.push(event)
	);
	return { lab, events };
}

const answer = (status: number, body: unknown) =>
	(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('the picture GAN on the page', () => {
	const labs: ImageLab[] = [];
	beforeAll(async () => {
		await tf.setBackend('wasm');
	});
	afterEach(() => labs.splice(0).forEach((lab) => lab.dispose()));

	it('trains in stretches while playing, charts each one, and reports the step once', async () => {
		let clock = 0;
		const { lab, events } = labWith(() => (clock += 40));
		labs.push(lab);
		expect(await lab.choose('faces')).toBe(true);
		lab.play();
		await expect.poll(() => lab.history.length, { timeout: 20_000 }).toBeGreaterThan(3);
		await expect.poll(() => lab.iterations, { timeout: 30_000 }).toBeGreaterThan(TRAINED_STEP_AT);
		lab.pause();
		expect(lab.seconds).toBeGreaterThan(0);
		expect(events.filter((e) => e.type === 'step-completed')).toEqual([
			{ type: 'step-completed', step: 'trained-pictures' }
		]);
		expect(await lab.reset()).toBe(true);
		expect([lab.iterations, lab.history.length, lab.seconds]).toEqual([0, 0, 0]);
	}, 60_000);

	it('walks between two tapped samples, and forgets the walk when a third is tapped', async () => {
		const { lab, events } = labWith();
		labs.push(lab);
		await lab.choose('faces');
		await lab.pick(2);
		expect(lab.walk).toBeNull();
		await lab.pick(7);
		expect(lab.walk?.length).toBe(8 * lab.size ** 2);
		await lab.pick(9);
		expect([lab.picked, lab.walk]).toEqual([[9], null]);
		expect(events).toContainEqual({ type: 'step-completed', step: 'walked' });
	});

	it('learns from the class’s own cows, and says why when it cannot', async () => {
		const { lab } = labWith();
		labs.push(lab);
		await lab.choose('faces');
		const classItems = [1, 2, 3, 4, 5].map((i) => ({ animal: 'cow', drawing: cow(i) }));
		expect(
			await lab.chooseClassCows(
				answer(200, { items: [...classItems, { animal: 'pig', drawing: pig }] })
			)
		).toBe(true);
		expect([lab.data, lab.state?.realCount, lab.size]).toEqual(['drawings', 5, 28]);

		expect(await lab.chooseClassCows(answer(401, { error: 'unauthorized' }))).toBe(false);
		expect(lab.problem).toBe('no-class');
		expect(await lab.chooseClassCows(answer(200, { items: classItems.slice(0, 2) }))).toBe(false);
		expect(lab.problem).toBe('too-few');
		expect(
			await lab.chooseClassCows(
				answer(200, { items: [{ animal: 'cow', drawing: 'a cow' }, ...classItems] })
			)
		).toBe(false);
		expect(lab.problem).toBe('unreadable');
		const offline = (async () => {
			throw new TypeError('network');
		}) as unknown as typeof fetch;
		expect(await lab.chooseClassCows(offline)).toBe(false);
		expect(lab.problem).toBe('offline');
		// What it learned from is still there.
		expect(lab.data).toBe('drawings');
	});

	it('loads the trained generator for faces only', async () => {
		const { lab, events } = labWith();
		labs.push(lab);
		await lab.choose('cows');
		expect(await lab.usePretrained()).toBe(false);
		expect(lab.problem).toBe('pretrained');
		await lab.choose('faces');
		expect(await lab.usePretrained()).toBe(true);
		expect(lab.state?.pretrained).toBe(true);
		expect(events).toContainEqual({ type: 'step-completed', step: 'pretrained' });
	});
});

describe('the class’s forger', () => {
	beforeAll(async () => {
		await tf.setBackend('wasm');
	});

	it('shares a trained generator with the class, and a classmate’s tablet plays against it', async () => {
		let clock = 0;
		const { lab, events } = labWith(() => (clock += 1));
		const { lab: classmate } = labWith();
		try {
			await lab.choose('faces');
			expect(lab.shareable).toBe(false);
			lab.play();
			await expect.poll(() => lab.iterations, { timeout: 30_000 }).toBeGreaterThan(TRAINED_STEP_AT);
			lab.pause();
			await expect.poll(() => lab.busy).toBe(false);
			expect(lab.shareable).toBe(true);

			let sent: { url: string; init: RequestInit } | null = null;
			const server = (async (url: string, init: RequestInit) => {
				sent = { url, init };
				return new Response(JSON.stringify({ shared: true }), { status: 201 });
			}) as unknown as typeof fetch;
			expect(await lab.share(server)).toBe(true);
			expect(lab.shared).toBe('shared');
			expect(events).toContainEqual({ type: 'step-completed', step: 'shared-forger' });
			const { url, init } = sent!;
			const claimed = /^\/api\/class-forger\?data=faces&iterations=(\d+)$/.exec(url);
			expect(Number(claimed?.[1])).toBeGreaterThanOrEqual(TRAINED_STEP_AT);
			expect(init.method).toBe('POST');
			expect(new Headers(init.headers).get('content-type')).toBe('application/octet-stream');
			const file = init.body as Uint8Array;
			expect(decodeGenerator(file)).toMatchObject({ size: 20, latent: 16, hidden: 128 });

			const download = (async () =>
				new Response(file.slice() as BodyInit, {
					headers: { 'x-forger-data': 'faces', 'content-type': 'application/octet-stream' }
				})) as unknown as typeof fetch;
			expect(await classmate.useClassForger(download)).toBe(true);
			expect(classmate.loadedFrom).toBe('class');
			expect(classmate.state).toMatchObject({ data: 'faces', pretrained: true });
			const fakes = await classmate.pictures('fake', 3);
			expect(fakes.length).toBe(3 * 400);
		} finally {
			lab.dispose();
			classmate.dispose();
		}
	}, 60_000);

	it('says why the server refused a share, and plays on without a class forger', async () => {
		const { lab } = labWith(() => 0);
		try {
			await lab.choose('faces');
			expect(await lab.share(answer(400, { code: 'wrong_generator' }))).toBe(false);
			expect(lab.shared).toBeNull();
			// Without a class (a teacher trying the activity) or without a shared GAN: none.
			expect(await lab.useClassForger(answer(401, { code: 'not_signed_in' }))).toBe(false);
			expect(await lab.useClassForger(answer(404, { code: 'not_found' }))).toBe(false);
			const offline = (async () => {
				throw new TypeError('network');
			}) as unknown as typeof fetch;
			expect(await lab.useClassForger(offline)).toBe(false);
			expect(lab.loadedFrom).toBeNull();
		} finally {
			lab.dispose();
		}
	});
});

describe('thinning the chart', () => {
	it('keeps the newest half and every other older point', () => {
		const points = Array.from({ length: 10 }, (_, i) => i);
		expect(thin(points, 20)).toBe(points);
		expect(thin(points, 8)).toEqual([0, 2, 4, 5, 6, 7, 8, 9]);
	});
});
