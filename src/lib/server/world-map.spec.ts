import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../countries';
import { countryShapes, MAP_HEIGHT, MAP_WIDTH, SHADES, shadeLegend, shadeOf } from './world-map';

describe('world map', () => {
	it('draws every atlas country but Antarctica, each coded shape with a known ISO code', () => {
		const shapes = countryShapes();
		expect(shapes.length).toBe(176);
		const coded = shapes.filter((shape) => shape.code);
		expect(coded.length).toBe(173);
		for (const shape of coded) expect(isCountryCode(shape.code!), shape.atlasName).toBe(true);
		expect(
			shapes
				.filter((shape) => !shape.code)
				.map((shape) => shape.atlasName)
				.sort()
		).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
		const codes = coded.map((shape) => shape.code);
		expect(codes).toEqual(expect.arrayContaining(['US', 'ES', 'BR', 'IN', 'NG', 'AU']));
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('keeps every point inside the frame', () => {
		for (const shape of countryShapes()) {
			const numbers = shape.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			for (let k = 0; k + 1 < numbers.length; k += 2) {
				expect(numbers[k]).toBeGreaterThanOrEqual(0);
				expect(numbers[k]).toBeLessThanOrEqual(MAP_WIDTH);
				expect(numbers[k + 1]).toBeGreaterThanOrEqual(0);
				expect(numbers[k + 1]).toBeLessThanOrEqual(MAP_HEIGHT);
			}
		}
	});

	it('shades on a log scale: none is 0, the largest the darkest, one in a thousand in between', () => {
		expect(shadeOf(0, 1000)).toBe(0);
		expect(shadeOf(1, 1)).toBe(SHADES);
		expect(shadeOf(1000, 1000)).toBe(SHADES);
		expect(shadeOf(1, 1000)).toBe(1);
		expect(shadeOf(32, 1000)).toBe(3);
	});

	it("the legend's ranges cover 1..largest without gaps, each count in its own shade", () => {
		for (const largest of [1, 2, 3, 7, 100, 1234]) {
			const legend = shadeLegend(largest);
			expect(legend[0]!.from).toBe(1);
			expect(legend.at(-1)!.to).toBe(largest);
			for (let k = 1; k < legend.length; k++) expect(legend[k]!.from).toBe(legend[k - 1]!.to + 1);
			for (let count = 1; count <= largest; count++) {
				const entry = legend.find((range) => count >= range.from && count <= range.to)!;
				expect(entry.shade).toBe(shadeOf(count, largest));
			}
		}
		expect(shadeLegend(0)).toEqual([]);
	});
});
