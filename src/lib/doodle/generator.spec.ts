import { describe, expect, it } from 'vitest';
import { ANIMALS, generateDoodle } from './generator';

describe('the starter-set doodle generator', () => {
	it('is reproducible from its seed and different across seeds', () => {
		expect(generateDoodle('cow', 42, true)).toEqual(generateDoodle('cow', 42, true));
		expect(generateDoodle('cow', 42, true).drawing).not.toEqual(
			generateDoodle('cow', 43, true).drawing
		);
	});

	it('draws in the dataset’s simplified form, with the subgroup on cows only', () => {
		for (const animal of ANIMALS)
			for (let seed = 1; seed <= 20; seed++) {
				const doodle = generateDoodle(animal, seed, seed % 2 === 0);
				expect(doodle.drawing.length).toBeGreaterThan(2);
				const values = doodle.drawing.flat(2);
				expect(values.every((v) => Number.isInteger(v) && v >= 0 && v <= 255)).toBe(true);
				expect(Math.max(...values)).toBeGreaterThanOrEqual(250);
				expect(doodle.subgroup).toBe(
					animal === 'cow' ? (seed % 2 === 0 ? 'spotted' : 'plain') : null
				);
			}
	});

	it('gives spotted cows patches that plain cows do not have', () => {
		const strokes = (spotted: boolean) =>
			Array.from({ length: 30 }, (_, seed) => generateDoodle('cow', seed, spotted).drawing.length);
		const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
		expect(mean(strokes(true)) - mean(strokes(false))).toBeGreaterThan(3);
	});
});
