import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AiDraws } from './ai-draws.svelte';
import { aiDrawingSchema } from '#lib/sketch/artifact';
import type { ActivityEvent } from '../contract';

const COW = readFileSync('static/sketch-rnn/cow.gen.json', 'utf8');

/** The server, played by a function: the cow model, and whatever else a test wants. */
function server(routes: Record<string, () => Response | Promise<Response>> = {}) {
	const asked: string[] = [];
	const fetcher = (async (input: string | URL | Request) => {
		const url = String(input);
		asked.push(url);
		if (routes[url]) return routes[url]();
		if (url === '/sketch-rnn/cow.gen.json') return new Response(COW);
		return new Response('{"error":"no"}', { status: 404 });
	}) as typeof fetch;
	return { fetcher, asked };
}

async function settle(ai: AiDraws) {
	for (let i = 0; i < 2000 && ai.busy; i++) await vi.advanceTimersByTimeAsync(50);
}

describe('The AI draws, behind the panel', () => {
	// The reveal's clock is faked; the slices of work between frames run for real.
	beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
	afterEach(() => vi.useRealTimers());

	it('draws with the cow model stroke by stroke, then saves what it drew, whatever is picked since', async () => {
		const events: ActivityEvent[] = [];
		const { fetcher } = server();
		const ai = new AiDraws((event) => events.push(event), fetcher);
		const drawing = ai.draw();
		expect(ai.status).toBe('loading');
		await drawing;
		expect(ai.status).toBe('drawing');
		await vi.advanceTimersByTimeAsync(35 * 5);
		// Part of the drawing shows before the rest.
		const partly = ai.shown.reduce((n, stroke) => n + stroke.x.length, 0);
		expect(partly).toBeGreaterThan(0);
		await settle(ai);
		expect(ai.status).toBe('done');
		expect(ai.shown.reduce((n, stroke) => n + stroke.x.length, 0)).toBeGreaterThan(partly);
		expect(ai.movesShown).toBe(ai.movesTotal);
		ai.selected = 'sheep';
		ai.temperature = 0.9;
		ai.save('Drawn by the AI (Cow)');
		expect(events).toHaveLength(1);
		const saved = events[0] as Extract<ActivityEvent, { type: 'artifact' }>;
		expect(saved.kind).toBe('ai-drawing');
		const data = aiDrawingSchema.parse(saved.data);
		expect(data).toMatchObject({ model: 'cow', temperature: 0.4, finished: false });
		expect(data.strokes.every((stroke) => stroke.by === 'ai')).toBe(true);
		ai.save('again');
		expect(events).toHaveLength(1);
	});

	it('finishes a started drawing: the child’s strokes first, then the model’s', async () => {
		const ai = new AiDraws(() => {}, server().fetcher);
		await ai.draw([{ x: [300, 700, 700, 300], y: [400, 400, 600, 600], t: [0, 1, 2, 3] }]);
		await settle(ai);
		expect(ai.shown[0]).toMatchObject({ by: 'student', x: [76.5, 178.5, 178.5, 76.5] });
		expect(ai.shown.slice(1).every((stroke) => stroke.by === 'ai')).toBe(true);
		expect(ai.shown.length).toBeGreaterThan(1);
	});

	it('says in words what went wrong with a model, and tries again on the next tap', async () => {
		let fail = true;
		const { fetcher, asked } = server({
			'/api/sketch-models/pig': () =>
				fail ? Promise.reject(new TypeError('offline')) : new Response(COW),
			'/api/sketch-models/dog': () => new Response('{"error":"damaged"}', { status: 502 }),
			'/api/sketch-models/cat': () => new Response('[1, 2'),
			'/api/sketch-models/duck': () => new Response('{}', { status: 404 })
		});
		const ai = new AiDraws(() => {}, fetcher);
		ai.models = ['cow', 'pig', 'dog', 'cat', 'duck'].map((name) => ({
			name,
			url: name === 'cow' ? '/sketch-rnn/cow.gen.json' : `/api/sketch-models/${name}`,
			by: 'magenta' as const
		}));
		const problems: Record<string, unknown> = {};
		for (const name of ['pig', 'dog', 'cat', 'duck']) {
			ai.selected = name;
			await ai.draw();
			expect(ai.status).toBe('error');
			expect(ai.shown).toEqual([]);
			problems[name] = ai.problem;
		}
		expect(problems).toEqual({
			pig: { kind: 'model', reason: 'unreachable' },
			dog: { kind: 'model', reason: 'damaged' },
			cat: { kind: 'model', reason: 'damaged' },
			duck: { kind: 'model', reason: 'missing' }
		});
		fail = false;
		ai.selected = 'pig';
		await ai.draw();
		await settle(ai);
		expect(ai.status).toBe('done');
		expect(ai.problem).toBeNull();
		expect(asked.filter((url) => url.endsWith('/pig'))).toHaveLength(2);
	});

	it('refuses a start with no room left for the model, and stops when asked', async () => {
		const ai = new AiDraws(() => {}, server().fetcher);
		const zigzag = {
			x: Array.from({ length: 400 }, (_, i) => (i % 2 ? 900 : 100)),
			y: Array.from({ length: 400 }, (_, i) => i * 2),
			t: Array.from({ length: 400 }, (_, i) => i)
		};
		await ai.draw([zigzag]);
		expect(ai.status).toBe('error');
		expect(ai.problem).toMatchObject({ kind: 'too-long', max: 162 });
		expect(ai.canSave).toBe(false);

		const drawing = ai.draw();
		ai.stop();
		await drawing;
		expect(ai.status).toBe('idle');
		expect(ai.canSave).toBe(false);
		await ai.draw();
		ai.stop();
		// Skipping to the end shows the whole drawing at once.
		expect(ai.status).toBe('done');
		expect(ai.movesShown).toBe(ai.movesTotal);
		ai.dispose();
	});
});
