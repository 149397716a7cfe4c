import { describe, expect, it } from 'vitest';
import {
	buffersOf,
	createGanSession,
	MAX_ITERATIONS_PER_FRAME,
	SHOWN_POINTS,
	type FromGan
} from './session';

function session() {
	const sent: FromGan[] = [];
	const s = createGanSession((message) => sent.push(message));
	const last = () => sent.at(-1)!;
	const snap = () => {
		const message = last();
		if (message.type === 'failed') throw new Error(message.message);
		return message.snapshot;
	};
	return { s, sent, last, snap };
}

describe('the 2-D GAN’s worker session', () => {
	it('starts on a dataset with what the view needs: real points, generated points, arrows, heat map', () => {
		const { s, last, snap } = session();
		s.handle({ type: 'start', id: 1, dataset: 'ring' });
		const started = last();
		if (started.type !== 'started') throw new Error(started.type);
		expect(started.real).toHaveLength(2000);
		expect(snap()).toMatchObject({ iterations: 0, losses: null, fitted: false });
		expect(snap().generated).toHaveLength(SHOWN_POINTS * 2);
		expect(snap().arrows).toHaveLength(SHOWN_POINTS * 2);
		expect(snap().heatmap).toHaveLength(900);
	});

	it('keeps training after every array it sent was handed over (as the worker transfers them)', () => {
		const { s, sent, snap } = session();
		// The worker's own transfer list: after this, the session must not need those arrays.
		const handOver = (message: FromGan) =>
			structuredClone(message, { transfer: buffersOf(message) });
		s.handle({ type: 'start', id: 1, dataset: 'ring' });
		handOver(sent.at(-1)!);
		for (let i = 0; i < 3; i++) {
			s.handle({ type: 'frame', id: 2 + i, iterations: 20 });
			expect(snap().generated).toHaveLength(SHOWN_POINTS * 2);
			handOver(sent.at(-1)!);
		}
		s.handle({ type: 'frame', id: 9, iterations: 1 });
		expect(snap().iterations).toBe(61);
		expect(snap().generated.every(Number.isFinite)).toBe(true);
	});

	it('runs the iterations a frame asks for, at most 200, and fits the ring frame by frame', () => {
		const { s, snap } = session();
		s.handle({ type: 'start', id: 1, dataset: 'ring' });
		const first = snap().divergence;
		s.handle({ type: 'frame', id: 2, iterations: 10 });
		expect(snap().iterations).toBe(10);
		s.handle({ type: 'frame', id: 3, iterations: 10_000 });
		expect(snap().iterations).toBe(10 + MAX_ITERATIONS_PER_FRAME);
		for (let i = 0; i < 3; i++) s.handle({ type: 'frame', id: 4 + i, iterations: 100 });
		expect(snap().fitted).toBe(true);
		expect(snap().divergence).toBeLessThan(first / 2);
	});

	it('stops a frame when its time budget is spent, after at least one iteration', () => {
		let clock = 0;
		const sent: FromGan[] = [];
		const s = createGanSession(
			(m) => sent.push(m),
			() => (clock += 5)
		);
		s.handle({ type: 'start', id: 1, dataset: 'line' });
		s.handle({ type: 'frame', id: 2, iterations: 100, budgetMs: 12 });
		const answer = sent.at(-1)!;
		if (answer.type !== 'snapshot') throw new Error(answer.type);
		expect(answer.snapshot.iterations).toBeGreaterThanOrEqual(1);
		expect(answer.snapshot.iterations).toBeLessThan(5);
	});

	it('steps the detective or the forger alone, for slow motion', () => {
		const { s, snap } = session();
		s.handle({ type: 'start', id: 1, dataset: 'two-blobs' });
		const before = snap();
		s.handle({ type: 'step', id: 2, part: 'discriminator' });
		const afterD = snap();
		// Only the discriminator moved: the same generated points, another heat map.
		expect([...afterD.generated]).toEqual([...before.generated]);
		expect([...afterD.heatmap]).not.toEqual([...before.heatmap]);
		s.handle({ type: 'step', id: 3, part: 'generator' });
		const afterG = snap();
		expect([...afterG.generated]).not.toEqual([...afterD.generated]);
		expect(afterG.losses!.generator).toBeGreaterThan(0);
		// The generator's update ends the iteration.
		expect(afterG.iterations).toBe(1);
		s.handle({ type: 'step', id: 4, part: 'both' });
		expect(snap().iterations).toBe(2);
	});

	it('resets to exactly where it started', () => {
		const { s, snap } = session();
		s.handle({ type: 'start', id: 1, dataset: 'three-clusters', seed: 4 });
		const start = snap();
		s.handle({ type: 'frame', id: 2, iterations: 50 });
		s.handle({ type: 'reset', id: 3 });
		expect(snap().iterations).toBe(0);
		expect([...snap().generated]).toEqual([...start.generated]);
	});

	it('answers bad requests with a message and keeps what it had', () => {
		const { s, last, snap } = session();
		s.handle({ type: 'frame', id: 1, iterations: 5 });
		expect(last()).toEqual({ type: 'failed', id: 1, message: 'Choose the real data first.' });
		s.handle({ type: 'start', id: 2, dataset: 'ring' });
		s.handle({ type: 'start', id: 3, dataset: { drawn: [{ x: [4], y: [4] }] } });
		expect(last()).toMatchObject({ type: 'failed', id: 3, message: /single dot/, problem: 'dot' });
		s.handle({ type: 'start', id: 4, dataset: 'spiral' as never });
		expect(last()).toMatchObject({
			type: 'failed',
			id: 4,
			message: 'Unknown dataset.',
			problem: 'dataset'
		});
		// The ring is still there.
		s.handle({ type: 'frame', id: 5, iterations: 2 });
		expect(snap().iterations).toBe(2);
		s.handle({
			type: 'start',
			id: 6,
			dataset: { drawn: [{ x: [0, 100, 100], y: [0, 0, 100] }] }
		});
		expect(last().type).toBe('started');
	});
});
