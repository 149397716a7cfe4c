import { describe, expect, it } from 'vitest';
import catalogueData from '../activities/recommender/content/catalogue.json';
import en from '../activities/recommender/content/en.json';
import es from '../activities/recommender/content/es.json';
import { CATEGORIES, MOTIFS, STYLES, factsOf, parseCatalogue } from './catalogue';

const items = parseCatalogue(catalogueData);

describe('the avatar shop’s catalogue', () => {
	it('has at least 80 items in every category, marketed to boys, to girls and to everyone', () => {
		expect(items.length).toBeGreaterThanOrEqual(80);
		for (const category of CATEGORIES)
			expect(items.filter((i) => i.category === category).length, category).toBeGreaterThan(4);
		const marketed = (to: string | null) => items.filter((i) => i.marketedTo === to).length;
		expect([marketed('boys'), marketed('girls'), marketed(null)]).toEqual([22, 27, 36]);
		// Every style and motif is used, so every choice a student makes has items behind it.
		expect(new Set(items.flatMap((i) => i.styles))).toEqual(new Set(STYLES));
		expect(new Set(items.flatMap((i) => i.motif ?? []))).toEqual(new Set(MOTIFS));
	});

	it('names every item in English and Spanish, and nothing else', () => {
		const ids = items.map((i) => i.id).sort();
		for (const names of [en.items, es.items]) {
			expect(Object.keys(names).sort()).toEqual(ids);
			for (const name of Object.values(names)) expect(name.trim().length).toBeGreaterThan(2);
		}
	});

	it('refuses a catalogue with a repeated id, an unknown style or a shape of another category', () => {
		const first = items[0]!;
		expect(() => parseCatalogue({ items: [first, first] })).toThrow(/one id/);
		expect(() => parseCatalogue({ items: [{ ...first, styles: ['shiny'] }] })).toThrow();
		expect(() => parseCatalogue({ items: [{ ...first, category: 'shoes' }] })).toThrow(
			/another category/
		);
		expect(() => parseCatalogue({ items: [{ ...first, extra: 1 }] })).toThrow();
	});

	it('describes an item to the metrics by its colours, styles and category', () => {
		const cap = items.find((i) => i.id === 'cap-black-controller')!;
		expect(factsOf(cap)).toEqual({
			id: 'cap-black-controller',
			attributes: ['colour:black', 'style:gaming', 'category:hat'],
			styles: ['gaming'],
			marketedTo: 'boys'
		});
	});
});
