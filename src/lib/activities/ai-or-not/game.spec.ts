import { describe, expect, it } from 'vitest';
import { LOCALES } from '#lib/curriculum/types';
import { AiOrNotGame, summarize } from './game';
import { AI_OR_NOT_ITEMS } from './items';
import {
	AI_OR_NOT_ITEM_IDS,
	aiOrNotPresetSchema,
	type AiOrNotItemId,
	type AiOrNotPreset
} from './preset';

const AI_IDS: AiOrNotItemId[] = [
	'music-recommender',
	'voice-assistant',
	'photo-face-finder',
	'spam-filter',
	'translation-app',
	'bird-camera',
	'autocorrect-keyboard',
	'chess-computer',
	'handwriting-recognition'
];

/** An id that is not in the catalogue, as untrusted data might contain. */
const bogus = (id: string) => id as AiOrNotItemId;

const preset = (items: AiOrNotItemId[], reveal: 'each' | 'end' = 'each'): AiOrNotPreset =>
	aiOrNotPresetSchema.parse({ items, reveal });

// Two AI things and two that are not, in this order.
const SMALL = preset(['calculator', 'spam-filter', 'alarm-clock', 'chess-computer']);

const graphemes = (text: string) => [
	...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)
];
const words = (text: string) => text.trim().split(/\s+/).length;

describe('AI_OR_NOT_ITEMS', () => {
	it('has exactly one item per catalogue id, keyed by its own id', () => {
		expect(Object.keys(AI_OR_NOT_ITEMS).sort()).toEqual([...AI_OR_NOT_ITEM_IDS].sort());
		for (const id of AI_OR_NOT_ITEM_IDS) expect(AI_OR_NOT_ITEMS[id].id).toBe(id);
	});

	it('has non-empty English and Spanish texts that differ between languages', () => {
		for (const item of Object.values(AI_OR_NOT_ITEMS)) {
			for (const text of [item.name, item.description, item.explanation]) {
				expect(text.en.trim(), item.id).not.toBe('');
				expect(text.es.trim(), item.id).not.toBe('');
				expect(text.es, item.id).not.toBe(text.en);
			}
		}
	});

	it('keeps names short and descriptions and explanations in sentences', () => {
		for (const item of Object.values(AI_OR_NOT_ITEMS)) {
			for (const locale of LOCALES) {
				expect(words(item.name[locale]), `${item.id} ${locale}`).toBeGreaterThanOrEqual(2);
				expect(words(item.name[locale]), `${item.id} ${locale}`).toBeLessThanOrEqual(4);
				expect(item.description[locale], `${item.id} ${locale}`).toMatch(/\.$/);
				expect(item.explanation[locale], `${item.id} ${locale}`).toMatch(/[.!]$/);
			}
		}
	});

	it('gives every item a single emoji icon', () => {
		for (const item of Object.values(AI_OR_NOT_ITEMS)) {
			expect(graphemes(item.icon), item.id).toHaveLength(1);
			expect(item.icon, item.id).toMatch(/\p{Extended_Pictographic}/u);
		}
	});

	it('marks exactly the AI things as using AI', () => {
		const usesAi = AI_OR_NOT_ITEM_IDS.filter((id) => AI_OR_NOT_ITEMS[id].usesAi);
		expect([...usesAi].sort()).toEqual([...AI_IDS].sort());
		for (const id of ['calculator', 'traffic-light-timer', 'automatic-door'] as const) {
			expect(AI_OR_NOT_ITEMS[id].usesAi).toBe(false);
		}
	});

	it('mentions no brand names', () => {
		const brands = /alexa|siri|google|spotify|netflix|youtube|gmail|apple|amazon|nest|cortana/i;
		for (const item of Object.values(AI_OR_NOT_ITEMS)) {
			const all = [item.name, item.description, item.explanation].flatMap((t) => [t.en, t.es]);
			for (const text of all) expect(text, item.id).not.toMatch(brands);
		}
	});
});

describe('AiOrNotGame', () => {
	it('lists the preset items in preset order', () => {
		const game = new AiOrNotGame(SMALL);
		expect(game.items.map((item) => item.id)).toEqual(SMALL.items);
		expect(game.items[1]).toBe(AI_OR_NOT_ITEMS['spam-filter']);
		expect(game.score).toEqual({ correct: 0, total: 4 });
		expect(game.firstTryScore).toEqual({ correct: 0, total: 4 });
	});

	it('scores right and wrong placements', () => {
		const game = new AiOrNotGame(SMALL);
		expect(game.place('spam-filter', 'ai')).toEqual({
			itemId: 'spam-filter',
			bin: 'ai',
			correct: true
		});
		expect(game.score).toEqual({ correct: 1, total: 4 });
		expect(game.place('calculator', 'ai')).toEqual({
			itemId: 'calculator',
			bin: 'ai',
			correct: false
		});
		expect(game.score).toEqual({ correct: 1, total: 4 });
		expect(game.place('alarm-clock', 'not-ai').correct).toBe(true);
		expect(game.score).toEqual({ correct: 2, total: 4 });
		expect(game.firstTryScore).toEqual({ correct: 2, total: 4 });
	});

	it('moves an already-placed item: the score changes, the first-try score does not', () => {
		const game = new AiOrNotGame(SMALL);
		game.place('calculator', 'ai');
		game.place('spam-filter', 'ai');
		expect(game.score.correct).toBe(1);

		const moved = game.place('calculator', 'not-ai');
		expect(moved.correct).toBe(true);
		expect(game.placements).toEqual([
			{ itemId: 'spam-filter', bin: 'ai', correct: true },
			{ itemId: 'calculator', bin: 'not-ai', correct: true }
		]);
		expect(game.score).toEqual({ correct: 2, total: 4 });
		expect(game.firstTryScore).toEqual({ correct: 1, total: 4 });

		// A right first try stays right even if the item is later moved to the wrong bin.
		game.place('spam-filter', 'not-ai');
		expect(game.score).toEqual({ correct: 1, total: 4 });
		expect(game.firstTryScore).toEqual({ correct: 1, total: 4 });
	});

	it('un-sorts with remove, keeping the first try', () => {
		const game = new AiOrNotGame(SMALL);
		game.place('chess-computer', 'not-ai');
		expect(game.remove('chess-computer')).toBe(true);
		expect(game.remove('chess-computer')).toBe(false);
		expect(game.placements).toEqual([]);
		expect(game.remaining.map((item) => item.id)).toContain('chess-computer');
		expect(game.score.correct).toBe(0);
		game.place('chess-computer', 'ai');
		expect(game.score.correct).toBe(1);
		expect(game.firstTryScore.correct).toBe(0);
	});

	it('refuses presets with unknown or repeated ids', () => {
		expect(
			() => new AiOrNotGame({ items: ['calculator', bogus('toaster')], reveal: 'each' })
		).toThrow(Error);
		expect(
			() => new AiOrNotGame({ items: ['calculator', 'calculator', 'spam-filter'], reveal: 'each' })
		).toThrow(/Duplicate/);
	});

	it('throws for unknown ids and ids not in the preset', () => {
		const game = new AiOrNotGame(SMALL);
		expect(() => game.place(bogus('toaster'), 'ai')).toThrow(Error);
		expect(() => game.place(bogus('toString'), 'ai')).toThrow(/Unknown/);
		expect(() => game.place('vending-machine', 'not-ai')).toThrow(/not in this preset/);
		expect(() => game.remove(bogus('toaster'))).toThrow(Error);
		expect(() => game.remove('vending-machine')).toThrow(Error);
		expect(game.placements).toEqual([]);
		expect(game.firstTryScore.correct).toBe(0);
	});

	it('tracks remaining and done', () => {
		const game = new AiOrNotGame(SMALL);
		expect(game.remaining.map((item) => item.id)).toEqual(SMALL.items);
		expect(game.done).toBe(false);
		game.place('alarm-clock', 'ai');
		game.place('calculator', 'not-ai');
		expect(game.remaining.map((item) => item.id)).toEqual(['spam-filter', 'chess-computer']);
		game.place('chess-computer', 'ai');
		expect(game.done).toBe(false);
		game.place('spam-filter', 'not-ai');
		expect(game.remaining).toEqual([]);
		expect(game.done).toBe(true);
		game.remove('spam-filter');
		expect(game.done).toBe(false);
	});

	it('does not let callers change its state through returned placements', () => {
		const game = new AiOrNotGame(SMALL);
		game.place('calculator', 'ai');
		const [first] = game.placements;
		if (first) first.correct = true;
		expect(game.score.correct).toBe(0);
	});

	it('resets to nothing sorted and no first tries', () => {
		const game = new AiOrNotGame(SMALL);
		game.place('calculator', 'ai');
		game.place('spam-filter', 'ai');
		game.reset();
		expect(game.placements).toEqual([]);
		expect(game.remaining).toHaveLength(4);
		expect(game.firstTryScore).toEqual({ correct: 0, total: 4 });
		game.place('calculator', 'not-ai');
		expect(game.firstTryScore.correct).toBe(1);
	});

	it('round-trips through toJSON and restore', () => {
		const game = new AiOrNotGame(SMALL);
		game.place('calculator', 'ai');
		game.place('spam-filter', 'ai');
		game.place('calculator', 'not-ai');
		game.place('chess-computer', 'ai');
		game.remove('chess-computer');

		const json = JSON.parse(JSON.stringify(game));
		expect(json).toEqual({
			placements: [
				{ itemId: 'spam-filter', bin: 'ai' },
				{ itemId: 'calculator', bin: 'not-ai' }
			],
			firstTry: { calculator: false, 'spam-filter': true, 'chess-computer': true }
		});

		const restored = AiOrNotGame.restore(SMALL, json);
		expect(restored.placements).toEqual(game.placements);
		expect(restored.score).toEqual(game.score);
		expect(restored.firstTryScore).toEqual({ correct: 2, total: 4 });
		expect(restored.remaining).toEqual(game.remaining);
		expect(restored.toJSON()).toEqual(json);
	});

	it('restores while ignoring ids not in the preset and malformed entries', () => {
		const restored = AiOrNotGame.restore(SMALL, {
			placements: [
				{ itemId: 'vending-machine', bin: 'not-ai' },
				{ itemId: 'toaster', bin: 'ai' },
				{ itemId: 'alarm-clock', bin: 'sideways' },
				null,
				{ itemId: 'alarm-clock', bin: 'not-ai' }
			],
			firstTry: { 'vending-machine': true, toaster: true, calculator: 'yes', 'spam-filter': true }
		});
		expect(restored.placements).toEqual([{ itemId: 'alarm-clock', bin: 'not-ai', correct: true }]);
		expect(restored.toJSON().firstTry).toEqual({ 'spam-filter': true, 'alarm-clock': true });
		expect(restored.firstTryScore).toEqual({ correct: 2, total: 4 });
		expect(AiOrNotGame.restore(SMALL, null).placements).toEqual([]);
		expect(AiOrNotGame.restore(SMALL, { placements: 'x', firstTry: [] }).done).toBe(false);
	});
});

describe('summarize', () => {
	it('reports the current score and the things in the wrong bin, in preset order', () => {
		const game = new AiOrNotGame(SMALL);
		game.place('chess-computer', 'not-ai');
		game.place('calculator', 'ai');
		game.place('spam-filter', 'ai');
		expect(summarize(game)).toEqual({
			correct: 1,
			total: 4,
			wrong: ['calculator', 'chess-computer']
		});
		game.place('calculator', 'not-ai');
		game.place('alarm-clock', 'not-ai');
		expect(summarize(game)).toEqual({ correct: 3, total: 4, wrong: ['chess-computer'] });
	});

	it('plays a full game of every catalogue item perfectly', () => {
		const game = new AiOrNotGame(preset([...AI_OR_NOT_ITEM_IDS]));
		for (const item of game.items) game.place(item.id, item.usesAi ? 'ai' : 'not-ai');
		expect(game.done).toBe(true);
		expect(summarize(game)).toEqual({
			correct: AI_OR_NOT_ITEM_IDS.length,
			total: AI_OR_NOT_ITEM_IDS.length,
			wrong: []
		});
	});
});

describe('aiOrNotPresetSchema', () => {
	it('accepts a valid preset and defaults reveal to each', () => {
		const result = aiOrNotPresetSchema.safeParse({
			items: ['calculator', 'spam-filter', 'alarm-clock']
		});
		expect(result.success).toBe(true);
		expect(result.data?.reveal).toBe('each');
	});

	it('rejects duplicates', () => {
		const result = aiOrNotPresetSchema.safeParse({
			items: ['calculator', 'spam-filter', 'calculator']
		});
		expect(result.success).toBe(false);
	});

	it('rejects fewer than 3 items', () => {
		expect(aiOrNotPresetSchema.safeParse({ items: ['calculator', 'spam-filter'] }).success).toBe(
			false
		);
		expect(aiOrNotPresetSchema.safeParse({ items: [] }).success).toBe(false);
	});

	it('rejects unknown ids', () => {
		const result = aiOrNotPresetSchema.safeParse({
			items: ['calculator', 'spam-filter', 'toaster']
		});
		expect(result.success).toBe(false);
	});
});
