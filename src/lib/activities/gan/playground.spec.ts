import { describe, expect, it } from 'vitest';
import { GanClient } from '#lib/gan/client';
import { inThreadWorker } from '#lib/gan/in-thread-worker';
import type { ActivityEvent } from '../contract';
import {
	CHART_EVERY_MS,
	CHART_POINTS,
	GanPlayground,
	SPEEDS,
	type Frames
} from './playground.svelte';

/** Animation frames turned by hand. */
function handFrames() {
	let queued: (() => void) | null = null;
	const frames: Frames = {
		request: (callback) => ((queued = callback), 1),
		cancel: () => (queued = null)
	};
	return {
		frames,
		/** Runs one frame, then lets the worker's answer arrive. */
		async turn() {
			const callback = queued;
			queued = null;
			callback?.();
			await new Promise((resolve) => setTimeout(resolve, 0));
		},
		pending: () => queued !== null
	};
}

function playground(band?: '3-5' | '6-8' | '9-12') {
	const events: ActivityEvent[] = [];
	const hand = handFrames();
	const fake = inThreadWorker();
	let opened = 0;
	// A clock that moves a chart interval on every reading, so every answer is charted.
	let time = 0;
	const gan = new GanPlayground(
		() => (opened++, new GanClient(fake.worker)),
		(event) => events.push(event),
		band,
		hand.frames,
		() => (time += CHART_EVERY_MS)
	);
	return { gan, events, hand, fake, opened: () => opened };
}

describe('the 2-D GAN on the page', () => {
	it('plays frame by frame at the chosen speed, charting both losses and the divergence', async () => {
		const { gan, hand } = playground();
		expect(await gan.choose('ring')).toBe(true);
		expect(gan.snapshot!.iterations).toBe(0);
		expect(gan.real).toHaveLength(2000);
		// Play asks for a frame at once, and each animation frame for one more.
		gan.play();
		for (let i = 0; i < 3; i++) await hand.turn();
		expect(gan.snapshot!.iterations).toBe(4 * SPEEDS.normal);
		expect(gan.history.map((point) => point.iteration)).toEqual([10, 20, 30, 40]);
		for (const point of gan.history) {
			expect(point.discriminator).toBeGreaterThan(0);
			expect(point.generator).toBeGreaterThan(0);
			expect(point.divergence).toBeGreaterThan(0);
		}
		gan.speed = 'slow';
		await hand.turn();
		expect(gan.snapshot!.iterations).toBe(41);
		gan.pause();
		expect(hand.pending()).toBe(false);
		await hand.turn();
		expect(gan.snapshot!.iterations).toBe(41);
	});

	it('fits the ring while playing and reports it once, with the iteration it took', async () => {
		const { gan, hand, events } = playground();
		await gan.choose('ring');
		gan.speed = 'fast';
		gan.play();
		for (let i = 0; i < 8 && gan.fittedAt === null; i++) await hand.turn();
		expect(gan.fittedAt).not.toBeNull();
		expect(gan.fittedAt!).toBeLessThan(812);
		expect(events.filter((e) => e.type === 'step-completed')).toEqual([
			{ type: 'step-completed', step: 'fitted' }
		]);
	});

	it('charts at most one point per interval while playing', async () => {
		const hand = handFrames();
		const fake = inThreadWorker();
		let time = 0;
		const gan = new GanPlayground(
			() => new GanClient(fake.worker),
			() => {},
			undefined,
			hand.frames,
			() => time
		);
		await gan.choose('ring');
		gan.play();
		for (let i = 0; i < 5; i++) await hand.turn();
		expect(gan.history).toHaveLength(1);
		time += CHART_EVERY_MS;
		await hand.turn();
		expect(gan.history.map((point) => point.iteration)).toEqual([10, 70]);
		// A single step is always charted.
		await gan.step('both');
		expect(gan.history.at(-1)!.iteration).toBe(71);
	});

	it('thins its chart history instead of growing without end', async () => {
		const { gan, hand } = playground();
		await gan.choose('line');
		gan.speed = 'slow';
		gan.play();
		for (let i = 0; i < CHART_POINTS + 50; i++) await hand.turn();
		expect(gan.history.length).toBeLessThanOrEqual(CHART_POINTS);
		expect(gan.history.at(-1)!.iteration).toBe(CHART_POINTS + 51);
		expect(gan.history[0]!.iteration).toBeLessThan(10);
	});

	it('walks one iteration through in slow motion: three steps for grades 3-5, five above', async () => {
		const young = playground('3-5');
		expect(young.gan.slowSteps.map((step) => step.id)).toEqual(['noise', 'detective', 'forger']);
		const { gan, events } = playground('9-12');
		expect(gan.slowSteps.map((step) => step.id)).toEqual([
			'noise',
			'look',
			'detective',
			'arrows',
			'forger'
		]);
		await gan.choose('two-blobs');
		const start = gan.snapshot!;
		gan.enterSlowMotion();
		expect(gan.highlight).toBe('generated');
		await gan.nextSlowStep();
		expect(gan.highlight).toBe('points');
		expect(gan.snapshot).toBe(start);
		await gan.nextSlowStep();
		// The detective's update: a new opinion, the same fakes.
		expect(gan.highlight).toBe('heatmap');
		expect([...gan.snapshot!.heatmap]).not.toEqual([...start.heatmap]);
		expect([...gan.snapshot!.generated]).toEqual([...start.generated]);
		await gan.nextSlowStep();
		expect(gan.highlight).toBe('arrows');
		await gan.nextSlowStep();
		// The forger's update: the fakes moved, and where they were is kept to show.
		expect(gan.highlight).toBe('moved');
		expect([...gan.snapshot!.generated]).not.toEqual([...start.generated]);
		expect([...gan.previous!]).toEqual([...start.generated]);
		expect(gan.snapshot!.iterations).toBe(1);
		expect(events).toContainEqual({ type: 'step-completed', step: 'slow-motion' });
		await gan.nextSlowStep();
		expect([gan.slowIndex, gan.previous]).toEqual([0, null]);
		gan.play();
		expect(gan.slowIndex).toBeNull();
	});

	it('refuses a bad shape with its problem and keeps the data it had', async () => {
		const { gan } = playground();
		await gan.choose('three-clusters');
		expect(await gan.chooseDrawing([{ x: [3], y: [3] }])).toBe(false);
		expect(gan.problem).toBe('dot');
		expect(gan.dataset).toBe('three-clusters');
		expect(gan.ready).toBe(true);
		expect(await gan.chooseDrawing({ strokes: 'not a list' })).toBe(false);
		expect(gan.problem).toBe('empty');
		expect(await gan.chooseDrawing([{ x: [0, 50, 100, 0], y: [0, 80, 0, 0] }])).toBe(true);
		expect([gan.dataset, gan.problem]).toEqual(['drawn', null]);
	});

	it('replaces a worker that stopped, on the same data', async () => {
		const { gan, hand, fake, opened } = playground();
		await gan.chooseDrawing([{ x: [0, 100], y: [0, 100] }]);
		gan.play();
		hand.frames.request(() => {});
		await gan.step('both');
		const waiting = gan.step('both');
		fake.crash('out of memory');
		await waiting;
		expect([gan.problem, gan.ready, gan.playing]).toEqual(['worker', false, false]);
		expect(await gan.restart()).toBe(true);
		expect([gan.dataset, gan.ready, opened()]).toEqual(['drawn', true, 2]);
	});

	it('resets the networks and the chart', async () => {
		const { gan, hand } = playground();
		await gan.choose('ring');
		const start = gan.snapshot!;
		gan.play();
		for (let i = 0; i < 4; i++) await hand.turn();
		await gan.reset();
		expect([gan.playing, gan.history.length, gan.snapshot!.iterations]).toEqual([false, 0, 0]);
		expect([...gan.snapshot!.generated]).toEqual([...start.generated]);
	});
});
