import { describe, expect, it } from 'vitest';
import catalogueData from '../activities/recommender/content/catalogue.json';
import personaData from '../activities/recommender/content/personas.json';
import { parseCatalogue } from './catalogue';
import { GENDERS, marketingFor, parsePersonas, wouldLike } from './players';
import {
	COLLABORATIVE_DESIGN,
	CONTENT_DESIGN,
	ORIGINAL_DESIGN,
	TASTES_DESIGN,
	evaluate,
	learnCoLikes,
	openShop,
	recommend
} from './recommend';

const items = parseCatalogue(catalogueData);
const personas = parsePersonas(personaData, items);
const shop = openShop(items, personas);

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const measured = (design: Parameters<typeof evaluate>[0]) => {
	const { lists, ...report } = evaluate(design, personas, shop);
	expect(lists).toHaveLength(personas.length);
	for (const list of lists) expect(list.recommendations).toHaveLength(6);
	return Object.fromEntries(Object.entries(report).map(([k, v]) => [k, round(v as number)]));
};

describe('recommender designs on the 14 built-in personas', () => {
	it('the original design (entered gender, then popularity) stereotypes and hides most of the shop', () => {
		expect(measured(ORIGINAL_DESIGN)).toEqual({
			relevance: 0.107,
			coverage: 0.365,
			averagePopularity: 0.163,
			gini: 0.748,
			diversity: 0.833,
			miscalibration: 3.28,
			stereotypeRate: 0.643
		});
	});

	it('tastes, no gender, every item open to all: no stereotyped picks, twice the coverage', () => {
		const original = measured(ORIGINAL_DESIGN);
		const tastes = measured(TASTES_DESIGN);
		expect(tastes).toEqual({
			relevance: 0.905,
			coverage: 0.765,
			averagePopularity: 0.062,
			gini: 0.363,
			diversity: 0.821,
			miscalibration: 0.9,
			stereotypeRate: 0
		});
		expect(tastes.stereotypeRate!).toBeLessThan(original.stereotypeRate!);
		expect(tastes.coverage!).toBeGreaterThan(2 * original.coverage!);
		expect(tastes.gini!).toBeLessThan(original.gini!);
	});

	it('content-based and collaborative filtering each compute their own lists', () => {
		expect(measured(CONTENT_DESIGN)).toMatchObject({
			relevance: 0.952,
			coverage: 0.718,
			stereotypeRate: 0
		});
		expect(measured(COLLABORATIVE_DESIGN)).toMatchObject({
			relevance: 0.393,
			coverage: 0.471,
			stereotypeRate: 0.155
		});
	});
});

describe('how the designs work', () => {
	it('learns item-item similarity from who liked what (cosine over the likers)', () => {
		const co = learnCoLikes([{ likes: ['x', 'y'] }, { likes: ['x', 'y', 'z'] }, { likes: ['z'] }]);
		expect(co.get('x')!.get('y')).toBe(1);
		expect(co.get('x')!.get('z')).toBe(0.5);
		expect(co.get('z')!.get('y')).toBe(0.5);
	});

	it('says why: a liked style first, and "because you liked" for similar items', () => {
		const amara = personas.find((p) => p.id === 'amara')!;
		const [first] = recommend(CONTENT_DESIGN, amara, shop);
		expect(first!.reasons[0]).toMatchObject({ kind: expect.stringMatching(/style|liked/) });
		const kinds = recommend(TASTES_DESIGN, amara, shop).flatMap((r) =>
			r.reasons.map((x) => x.kind)
		);
		expect(kinds).toContain('liked');
		// Never what she already liked or said she dislikes.
		const shown = recommend(TASTES_DESIGN, amara, shop).map((r) => r.item);
		for (const id of [...amara.likes, ...amara.dislikes]) expect(shown).not.toContain(id);
	});

	it('the original shows a player who did not enter girl or boy only the items marketed to everyone', () => {
		const sam = personas.find((p) => p.gender === 'non-binary')!;
		const shown = recommend(ORIGINAL_DESIGN, sam, shop).map((r) => shop.byId.get(r.item)!);
		expect(shown.every((item) => item.marketedTo === null)).toBe(true);
		const priya = personas.find((p) => p.id === 'priya')!;
		const hers = recommend(ORIGINAL_DESIGN, priya, shop).map((r) => shop.byId.get(r.item)!);
		expect(hers.every((item) => item.marketedTo === 'girls')).toBe(true);
	});

	it('a diversity boost makes lists more varied at some cost in relevance', () => {
		const plain = evaluate({ ...TASTES_DESIGN, diversity: 0 }, personas, shop);
		const varied = evaluate({ ...TASTES_DESIGN, diversity: 0.7 }, personas, shop);
		expect(varied.diversity!).toBeGreaterThan(plain.diversity!);
		expect(varied.relevance!).toBeLessThanOrEqual(plain.relevance!);
	});
});

describe('the personas', () => {
	it('are 14, with five ways of answering gender, and like only what their tastes say', () => {
		expect(personas).toHaveLength(14);
		expect(new Set(personas.map((p) => p.gender))).toEqual(new Set(GENDERS));
		for (const persona of personas) {
			expect(persona.likes.length, persona.id).toBeGreaterThanOrEqual(6);
			for (const id of persona.likes) expect(wouldLike(persona, shop.byId.get(id)!), id).toBe(true);
		}
	});

	it('would like an item for one of their styles or two of their colours, never a disliked style', () => {
		const taste = {
			styles: ['space'],
			colours: ['purple', 'black'],
			dislikedStyles: ['sparkly']
		} as const;
		const like = (id: string) =>
			wouldLike(
				{
					...taste,
					styles: [...taste.styles],
					colours: [...taste.colours],
					dislikedStyles: [...taste.dislikedStyles]
				},
				shop.byId.get(id)!
			);
		expect(like('helmet-white')).toBe(true); // space
		expect(like('cape-black')).toBe(false); // one colour only
		expect(like('cape-purple-star')).toBe(false); // sparkly
		expect(marketingFor('girl')).toBe('girls');
		expect(marketingFor('prefer-not-to-say')).toBeNull();
	});

	it('refuses persona data that names an item the shop does not have', () => {
		const broken = { personas: [{ ...personas[0]!, likes: ['no-such-item'] }] };
		expect(() => parsePersonas(broken, items)).toThrow(/no item no-such-item/);
	});
});
