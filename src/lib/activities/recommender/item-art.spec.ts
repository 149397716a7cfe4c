import { describe, expect, it } from 'vitest';
import catalogueData from './content/catalogue.json';
import { COLOURS, MOTIFS, SHAPES, parseCatalogue } from '#lib/recommender/catalogue';
import { COLOUR_HEX, MOTIF_ART, SHAPE_ART } from './item-art';

const PATH = /^[MLQZAamlqz0-9.\s-]+$/;

describe('the drawings of the shop’s items', () => {
	it('draws every shape, motif and colour the catalogue may use', () => {
		for (const shape of Object.values(SHAPES).flat()) {
			const art = SHAPE_ART[shape];
			expect(art, shape).toBeDefined();
			expect(art!.body, shape).toMatch(PATH);
			if (art!.trim) expect(art!.trim, shape).toMatch(PATH);
			const [x, y, size] = art!.motifAt;
			for (const v of [x, y]) {
				expect(v).toBeGreaterThan(0);
				expect(v).toBeLessThan(100);
			}
			expect(size).toBeGreaterThan(4);
		}
		for (const motif of MOTIFS) expect(MOTIF_ART[motif], motif).toMatch(PATH);
		for (const colour of COLOURS) expect(COLOUR_HEX[colour]).toMatch(/^#[0-9a-f]{6}$/);
		// No drawing left over for a shape nothing uses.
		expect(Object.keys(SHAPE_ART).sort()).toEqual(Object.values(SHAPES).flat().sort());
	});

	it('gives every item of the catalogue a shape it can draw', () => {
		for (const item of parseCatalogue(catalogueData))
			expect(SHAPE_ART[item.shape], item.id).toBeDefined();
	});
});
