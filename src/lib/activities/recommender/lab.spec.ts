import { afterEach, describe, expect, it, vi } from 'vitest';
import { TASTES_DESIGN } from '#lib/recommender/recommend';
import type { ActivityEvent } from '../contract';
import { CATALOGUE, PERSONAS } from './content';
import { RecommenderLab, SHARE_DELAY_MS, storageKey } from './lab.svelte';
import { DEFAULT_RECOMMENDER_PRESET } from './preset';
import { recommenderPresetFromForm } from './setup';

class MemoryStorage {
	values = new Map<string, string>();
	getItem = (key: string) => this.values.get(key) ?? null;
	setItem = (key: string, value: string) => void this.values.set(key, value);
}

function labWith(options: { fetcher?: typeof fetch; storage?: MemoryStorage } = {}) {
	const events: ActivityEvent[] = [];
	const lab = new RecommenderLab(
		DEFAULT_RECOMMENDER_PRESET,
		(event) => events.push(event),
		options.storage ?? new MemoryStorage(),
		options.fetcher ?? null
	);
	return { lab, events };
}

afterEach(() => vi.useRealTimers());

describe('the recommender on the page', () => {
	it('moves every measure when a weight moves, against the same comparison design', () => {
		const { lab } = labWith();
		expect(lab.mine.stereotypeRate).toBeCloseTo(lab.other.stereotypeRate!, 9);
		const before = { stereotype: lab.mine.stereotypeRate!, coverage: lab.mine.coverage };
		expect(before.stereotype).toBeGreaterThan(0.6);
		lab.setShowAll(true);
		lab.setWeight('popularity', 0);
		lab.setWeight('styles', 2);
		lab.setWeight('likes', 1);
		expect(lab.mine.stereotypeRate!).toBeLessThan(before.stereotype / 2);
		expect(lab.mine.coverage).toBeGreaterThan(before.coverage);
		// The comparison did not move.
		expect(lab.other.stereotypeRate).toBeCloseTo(before.stereotype, 9);
		expect(lab.mine.lists).toHaveLength(PERSONAS.length);
	});

	it('dresses the avatar one thing per place, a dress instead of a top and trousers', () => {
		const storage = new MemoryStorage();
		const { lab } = labWith({ storage });
		const top = CATALOGUE.find((i) => i.category === 'top')!;
		const bottom = CATALOGUE.find((i) => i.category === 'bottom')!;
		const dress = CATALOGUE.find((i) => i.category === 'dress')!;
		lab.wear(top);
		lab.wear(bottom);
		expect(lab.outfit).toEqual({ top: top.id, bottom: bottom.id });
		lab.wear(dress);
		expect(lab.outfit).toEqual({ dress: dress.id });
		lab.wear(top);
		expect(lab.outfit).toEqual({ top: top.id });
		lab.wear(top);
		expect(lab.outfit).toEqual({});
		lab.wear(dress);
		// This tab keeps the outfit; a new page finds it again.
		expect(labWith({ storage }).lab.outfit).toEqual({ dress: dress.id });
	});

	it('likes or dislikes an item (never both), and the own profile joins the players when asked', () => {
		const storage = new MemoryStorage();
		const { lab } = labWith({ storage });
		lab.rate('tee-red-star', 'like');
		lab.rate('tee-pink-heart', 'dislike');
		lab.rate('tee-red-star', 'dislike');
		expect(lab.profile.likes).toEqual([]);
		expect(lab.profile.dislikes).toEqual(['tee-pink-heart', 'tee-red-star']);
		lab.rate('tee-pink-heart', 'dislike');
		expect(lab.opinionOf('tee-pink-heart')).toBeNull();
		lab.rate('no-such-item', 'like');
		expect(lab.profile.likes).toEqual([]);
		lab.setProfile({ gender: 'non-binary', styles: ['space'], colours: ['purple'] });
		lab.setProfile({ gender: 'robot' as never });
		expect(lab.profile.gender).toBe('non-binary');
		expect(lab.players).toHaveLength(PERSONAS.length);
		lab.includeMe = true;
		expect(lab.players.map((p) => p.id)).toContain('you');
		expect(lab.mine.lists.find((l) => l.player === 'you')!.recommendations).toHaveLength(6);
		const restored = labWith({ storage }).lab;
		expect(restored.profile.gender).toBe('non-binary');
		expect(restored.profile.dislikes).toEqual(['tee-red-star']);
	});

	it('keeps the design, the matrix and the name for the lesson’s next step, for this student only', () => {
		const storage = new MemoryStorage();
		const first = new RecommenderLab(DEFAULT_RECOMMENDER_PRESET, () => {}, storage, null, 'ana');
		first.setShowAll(true);
		first.setWeight('styles', 2.5);
		first.matrix = {
			...first.matrix,
			parents: { ...first.matrix.parents, privacy: { effect: 'helps', note: 'No gender asked' } }
		};
		first.name = 'Open shop';
		first.keep();
		const next = new RecommenderLab(
			{ ...DEFAULT_RECOMMENDER_PRESET, open: 'worksheet', compare: 'tastes' },
			() => {},
			storage,
			null,
			'ana'
		);
		expect(next.tab).toBe('worksheet');
		expect(next.compare).toBe('tastes');
		expect(next.design.weights.styles).toBe(2.5);
		expect(next.design.showAll).toBe(true);
		expect(next.matrix.parents.privacy).toEqual({ effect: 'helps', note: 'No gender asked' });
		expect(next.name).toBe('Open shop');
		const classmate = new RecommenderLab(
			DEFAULT_RECOMMENDER_PRESET,
			() => {},
			storage,
			null,
			'ben'
		);
		expect(classmate.design.weights.styles).toBe(0);
		expect(classmate.name).toBe('');
	});

	it('ignores a stored profile that does not check out', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			storageKey(''),
			JSON.stringify({ profile: { gender: 'x' }, outfit: { top: 'sunhat-brown' } })
		);
		expect(labWith({ storage }).lab.profile.gender).toBe('prefer-not-to-say');
		expect(labWith({ storage }).lab.outfit).toEqual({});
		storage.setItem(storageKey(''), '{not json');
		expect(labWith({ storage }).lab.profile.likes).toEqual([]);
	});

	it('learns "similar players" from the class’s likes, and shares its own a moment after the taps', async () => {
		vi.useFakeTimers();
		const sent: unknown[] = [];
		const fetcher = (async (_url: string, init?: RequestInit) => {
			if (init?.method === 'PUT') {
				sent.push(JSON.parse(String(init.body)));
				return new Response(JSON.stringify({ saved: true }));
			}
			return new Response(
				JSON.stringify({
					classmates: [
						{ likes: ['tee-red-star', 'headphones-black', '<b>'], dislikes: [] },
						{ likes: ['tee-red-star', 'headphones-black'], dislikes: [] }
					],
					own: { likes: ['watch-orange'], dislikes: [] },
					designs: [
						{ id: 'abc', name: 'Fair shop', design: TASTES_DESIGN, votes: 2, mine: false },
						{ id: 'bad', name: 'Broken', design: { weights: {} }, votes: 1, mine: false }
					],
					vote: 'abc'
				})
			);
		}) as typeof fetch;
		const { lab } = labWith({ fetcher });
		await lab.loadClass();
		expect(lab.classmates).toEqual([
			{ likes: ['tee-red-star', 'headphones-black'], dislikes: [] },
			{ likes: ['tee-red-star', 'headphones-black'], dislikes: [] }
		]);
		expect(lab.profile.likes).toEqual(['watch-orange']);
		// A list of designs with one that does not check out shows none of them.
		expect(lab.designs).toEqual([]);
		expect(lab.vote).toBe('abc');
		expect(lab.shop.coLikes.get('tee-red-star')?.get('headphones-black')).toBeGreaterThan(0);
		lab.rate('tee-red-star', 'like');
		lab.rate('sunhat-brown', 'dislike');
		expect(sent).toEqual([]);
		await vi.advanceTimersByTimeAsync(SHARE_DELAY_MS + 10);
		expect(sent).toEqual([{ likes: ['watch-orange', 'tee-red-star'], dislikes: ['sunhat-brown'] }]);
		expect(lab.sharing).toBe('saved');
	});

	it('saves the design with its matrix as one artifact, and refuses a nameless or signal-less one', () => {
		const { lab, events } = labWith();
		expect(lab.save()).toBe(false);
		expect(lab.toSave).toEqual({ ok: false, field: 'name' });
		lab.name = 'Everyone’s shop';
		for (const signal of Object.keys(lab.design.weights)) lab.setWeight(signal as never, 0);
		expect(lab.toSave).toEqual({ ok: false, field: 'design' });
		lab.startFrom('tastes');
		lab.matrix.players.fairness = { effect: 'helps', note: 'Everyone sees everything' };
		expect(lab.save()).toBe(true);
		const artifact = events.find((e) => e.type === 'artifact');
		expect(artifact).toMatchObject({
			kind: 'recommender-design',
			title: 'Everyone’s shop',
			data: { name: 'Everyone’s shop', design: TASTES_DESIGN }
		});
		expect(
			(artifact as { data: { matrix: { players: { fairness: unknown } } } }).data.matrix.players
				.fairness
		).toEqual({ effect: 'helps', note: 'Everyone sees everything' });
		expect(lab.saved).toBe('Everyone’s shop');
	});

	it('runs the feedback loop for both designs, round by round', () => {
		const { lab, events } = labWith();
		// Leaning on popularity and similar players narrows the shop (src/lib/recommender/feedback.spec.ts).
		lab.startFrom('tastes');
		lab.setWeight('popularity', 2);
		lab.setWeight('similarPlayers', 2);
		lab.setDiversity(0);
		lab.rounds = 8;
		lab.runLoop();
		expect(lab.loop!.mine).toHaveLength(8);
		expect(lab.loop!.mine.map((r) => Math.round(r.coverage * 100))).toEqual([
			55, 55, 52, 45, 42, 41, 32, 34
		]);
		expect(lab.loop!.other.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(lab.loop!.other.every((r) => r.coverage < 0.45)).toBe(true);
		expect(events).toContainEqual({ type: 'step-completed', step: 'feedback-loop' });
	});
});

describe('the recommender’s set-up form', () => {
	const form = (entries: Record<string, string>) => {
		const data = new FormData();
		for (const [key, value] of Object.entries(entries)) data.set(key, value);
		return data;
	};
	it('reads what opens first, the comparison and the loop, with defaults', () => {
		expect(
			recommenderPresetFromForm(form({ open: 'design', compare: 'tastes', loop: 'on' }))
		).toEqual({
			ok: true,
			preset: { open: 'design', compare: 'tastes', loop: true }
		});
		expect(recommenderPresetFromForm(form({}))).toEqual({
			ok: true,
			preset: DEFAULT_RECOMMENDER_PRESET
		});
	});
	it('refuses values outside the choices', () => {
		const bads: Record<string, string>[] = [
			{ open: 'checkout' },
			{ compare: 'random' },
			{ loop: 'yes' },
			{ open: '' }
		];
		for (const bad of bads)
			expect(recommenderPresetFromForm(form(bad))).toEqual({ ok: false, error: 'invalid' });
	});
});
