import { describe, expect, it } from 'vitest';
import {
	averagePopularity,
	coverage,
	distance,
	exposure,
	gini,
	intraListDiversity,
	miscalibration,
	relevance,
	stereotypeRate,
	styleMix,
	type ItemFacts,
	type RankedList
} from './metrics';

const item = (
	id: string,
	attributes: string[],
	styles: string[] = [],
	marketedTo: ItemFacts['marketedTo'] = null
): ItemFacts => ({ id, attributes, styles, marketedTo });
const facts = new Map(
	[
		item('cap', ['red', 'sporty', 'hat'], ['sporty'], 'boys'),
		item('tiara', ['pink', 'sparkly', 'hat'], ['sparkly'], 'girls'),
		item('hoodie', ['red', 'cosy', 'top'], ['cosy']),
		item('boots', ['brown', 'outdoors', 'cosy', 'shoes'], ['outdoors', 'cosy'])
	].map((f) => [f.id, f])
);
const catalogue = [...facts.keys()];
const lists: RankedList[] = [
	{ player: 'ana', items: ['cap', 'hoodie'] },
	{ player: 'ben', items: ['cap', 'tiara'] }
];

describe('recommender metrics, on examples worked by hand', () => {
	it('relevance: the share of a list the player would like', () => {
		expect(relevance(['cap', 'hoodie', 'boots', 'tiara'], (id) => id !== 'tiara')).toBe(0.75);
		expect(relevance([], () => true)).toBeNull();
	});

	it('coverage: the share of the catalogue shown to anyone', () => {
		// cap, hoodie, tiara of four items.
		expect(coverage(lists, catalogue)).toBe(0.75);
		expect(coverage([{ player: 'x', items: ['unknown'] }], catalogue)).toBe(0);
	});

	it('average popularity: over every recommendation, repeats included', () => {
		const popularity = new Map([
			['cap', 0.9],
			['hoodie', 0.3],
			['tiara', 0.6]
		]);
		// (0.9 + 0.3 + 0.9 + 0.6) / 4
		expect(averagePopularity(lists, popularity)).toBeCloseTo(0.675, 10);
		expect(averagePopularity([], popularity)).toBeNull();
	});

	it('exposure and its Gini: 0 when shown equally, 0.75 when one of four takes everything', () => {
		expect([...exposure(lists, catalogue).values()]).toEqual([2, 1, 1, 0]);
		// Places 1 and 2 count 1 and 1 / log2(3) = 0.6309…
		const discounted = exposure(lists, catalogue, { discounted: true });
		expect(discounted.get('cap')).toBe(2);
		expect(discounted.get('hoodie')).toBeCloseTo(1 / Math.log2(3), 10);
		expect(gini([3, 3, 3, 3])).toBe(0);
		// Sorted 0, 0, 0, 4: (2·4 − 4 − 1) · 4 / (4 · 4) = 12 / 16.
		expect(gini([0, 4, 0, 0])).toBe(0.75);
		// Sorted 0, 1, 1, 2: ((−3)·0 + (−1)·1 + 1·1 + 3·2) / (4 · 4) = 6 / 16.
		expect(gini([...exposure(lists, catalogue).values()])).toBe(0.375);
		expect(gini([0, 0])).toBe(0);
	});

	it('intra-list diversity: the mean of 1 − Jaccard over pairs', () => {
		// cap {red, sporty, hat} and hoodie {red, cosy, top} share 1 of 5: distance 4/5.
		expect(distance(facts.get('cap')!, facts.get('hoodie')!)).toBeCloseTo(0.8, 10);
		// hoodie and boots share cosy, 1 of 6: 5/6; cap and boots share nothing: 1.
		expect(intraListDiversity(['cap', 'hoodie', 'boots'], facts)).toBeCloseTo(
			(0.8 + 1 + 5 / 6) / 3,
			10
		);
		expect(intraListDiversity(['cap'], facts)).toBeNull();
	});

	it('calibration: 0 for a list mixed as the player’s likes are, and large when a style is missing', () => {
		// boots split one unit between outdoors and cosy; hoodie is all cosy.
		const mix = styleMix(['hoodie', 'boots'], facts);
		expect(Object.fromEntries(mix)).toEqual({ cosy: 0.75, outdoors: 0.25 });
		expect(miscalibration(mix, mix)).toBeCloseTo(0, 12);
		// The list is all cosy: q̃(outdoors) = 0.01 · 0.25, q̃(cosy) = 0.99 + 0.01 · 0.75.
		const onlyCosy = styleMix(['hoodie'], facts);
		const expected =
			0.75 * Math.log(0.75 / (0.99 + 0.0075)) + 0.25 * Math.log(0.25 / (0.01 * 0.25));
		expect(miscalibration(mix, onlyCosy)).toBeCloseTo(expected, 12);
		// 0.75 · ln(0.752) + 0.25 · ln(100) = −0.214 + 1.151.
		expect(expected).toBeCloseTo(0.937, 3);
		expect(miscalibration(new Map(), mix)).toBeNull();
	});

	it('stereotype rate: marketed to the entered gender and not to the player’s taste', () => {
		const gender = { ana: 'girls', ben: 'boys' } as const;
		const likes: Record<string, string[]> = { ana: ['hoodie'], ben: ['tiara'] };
		const rate = stereotypeRate(
			lists,
			facts,
			(player) => gender[player as keyof typeof gender],
			(player, id) => likes[player]!.includes(id)
		);
		// ana: cap (boys) is not her gender's marketing; ben: cap (boys), not liked: stereotyped;
		// tiara (girls) is not his. One of four.
		expect(rate).toBe(0.25);
		// Nobody is stereotyped when no gender was entered.
		expect(
			stereotypeRate(
				lists,
				facts,
				() => null,
				() => false
			)
		).toBe(0);
	});
});
