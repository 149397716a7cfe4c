import { describe, expect, it } from 'vitest';
import { TASTES_DESIGN } from './recommend';
import { emptyMatrix, filledCells, savedDesignSchema, type SavedDesign } from './design';

const good = (): SavedDesign => {
	const matrix = emptyMatrix();
	matrix.players.fairness = { effect: 'helps', note: 'Everyone sees every item.' };
	matrix.company.profit = { effect: 'neutral', note: '' };
	return { name: 'Tastes first', design: structuredClone(TASTES_DESIGN), matrix };
};

describe('a saved recommender design', () => {
	it('keeps a design, its name and its ethical matrix', () => {
		const parsed = savedDesignSchema.safeParse(good());
		expect(parsed.success).toBe(true);
		expect(filledCells(parsed.data!.matrix)).toBe(2);
		expect(filledCells(emptyMatrix())).toBe(0);
	});

	it('refuses bad designs, with the field that is wrong', () => {
		const cases: [string, (d: SavedDesign & Record<string, unknown>) => void, string][] = [
			['a weight above the most', (d) => (d.design.weights.styles = 4), 'design.weights.styles'],
			['a negative weight', (d) => (d.design.weights.gender = -1), 'design.weights.gender'],
			[
				'not a number',
				(d) => ((d.design.weights as Record<string, unknown>).likes = 'lots'),
				'design.weights.likes'
			],
			['infinity', (d) => (d.design.diversity = Infinity), 'design.diversity'],
			[
				'an unknown signal',
				(d) => ((d.design.weights as Record<string, unknown>).secret = 1),
				'design.weights'
			],
			[
				'no signal at all',
				(d) =>
					Object.keys(d.design.weights).forEach(
						(k) => ((d.design.weights as Record<string, number>)[k] = 0)
					),
				'design.weights'
			],
			['a diversity above 1', (d) => (d.design.diversity = 1.5), 'design.diversity'],
			[
				'a missing stakeholder',
				(d) => delete (d.matrix as Partial<SavedDesign['matrix']>).parents,
				'matrix.parents'
			],
			[
				'an unknown effect',
				(d) => ((d.matrix.players.fun as { effect: unknown }).effect = 'great'),
				'matrix.players.fun.effect'
			],
			[
				'a note too long',
				(d) => (d.matrix.players.fun.note = 'x'.repeat(241)),
				'matrix.players.fun.note'
			],
			[
				'a note that hides text',
				(d) => (d.matrix.players.fun.note = 'ok\u202egnp'),
				'matrix.players.fun.note'
			],
			['an empty name', (d) => (d.name = '  '), 'name'],
			['an extra field', (d) => (d.extra = 1), '']
		];
		for (const [what, spoil, path] of cases) {
			const design = good() as SavedDesign & Record<string, unknown>;
			spoil(design);
			const parsed = savedDesignSchema.safeParse(design);
			expect(parsed.success, what).toBe(false);
			expect(
				parsed.error!.issues.map((i) => i.path.join('.')),
				what
			).toContain(path);
		}
	});
});
