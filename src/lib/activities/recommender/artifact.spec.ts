import { describe, expect, it } from 'vitest';
import { emptyMatrix, type SavedDesign } from '#lib/recommender/design';
import { ORIGINAL_DESIGN, TASTES_DESIGN } from '#lib/recommender/recommend';
import { artifactView, type ArtifactSource } from '../artifact-view';
import { artifactContent } from '../../validation/artifacts';
import { RECOMMENDER_DESIGN } from './artifact';

const saved = (design = TASTES_DESIGN, name = 'Everyone’s shop'): SavedDesign => {
	const matrix = emptyMatrix();
	matrix.company.profit = { effect: 'harms', note: 'Fewer hits sold' };
	return { name, design, matrix };
};
const artifact = (data: unknown): ArtifactSource => ({
	key: 'k1',
	studentId: 's1',
	studentName: 'Ana',
	avatar: null,
	context: 'activity:recommender',
	step: null,
	kind: 'recommender-design',
	title: 'Everyone’s shop',
	content: artifactContent('recommender-design', data),
	at: new Date('2026-12-03T10:00:00Z'),
	hidden: false
});

describe('a saved recommender design in the teacher’s views', () => {
	it('shows its signals and its measures recomputed on the personas, whatever the tablet claimed', () => {
		const view = artifactView(artifact(saved()), 'en');
		expect(view.title).toBe('Everyone’s shop');
		const body = view.body as unknown as {
			measures: { metric: string; value: string }[];
			signals: { label: string; weight: number }[];
			filter: string;
			filled: string;
			matrix: {
				stakeholder: string;
				cells: { value: string; effect: string | null; note: string }[];
			}[];
		};
		expect(body.filter).toBe('Show everyone every item');
		expect(body.signals).toContainEqual({ label: 'Favourite styles', weight: 1 });
		expect(Object.fromEntries(body.measures.map((m) => [m.metric, m.value]))).toMatchObject({
			stereotype: '0%',
			coverage: '76%',
			relevance: '90%'
		});
		expect(body.filled).toBe('1 of 16 boxes filled');
		expect(body.matrix[3]!.cells[3]).toEqual({
			value: 'Profit',
			effect: 'Harms',
			note: 'Fewer hits sold'
		});
		const original = artifactView(artifact(saved(ORIGINAL_DESIGN)), 'es').body as unknown as {
			measures: { metric: string; value: string }[];
			filter: string;
		};
		expect(original.filter).toBe('Solo lo dirigido al género escrito');
		expect(original.measures.find((m) => m.metric === 'stereotype')!.value).toBe('64%');
	});

	it('shows nothing of a design that does not check out', () => {
		for (const data of [
			null,
			{ ...saved(), name: '' },
			{ ...saved(), design: { ...TASTES_DESIGN, showAll: 'yes' } },
			{
				...saved(),
				design: { ...TASTES_DESIGN, weights: { ...TASTES_DESIGN.weights, styles: 40 } }
			},
			{ ...saved(), measures: { stereotype: 0 } }
		])
			expect(artifactView(artifact(data), 'en').body).toEqual({ type: 'unreadable' });
	});

	it('sets the class’s designs side by side in the assignment’s summary, and in the CSV', () => {
		const summary = RECOMMENDER_DESIGN.summary!(
			[saved(ORIGINAL_DESIGN, 'Old shop'), saved(TASTES_DESIGN, 'Fair shop')],
			'en'
		)!;
		expect(summary.columns).toEqual([
			'Relevance',
			'Coverage',
			'Stereotype rate',
			'Unequal exposure (Gini)',
			'Diversity'
		]);
		expect(summary.rows.map((r) => [r.label, r.cells[0], r.cells[1], r.cells[2]])).toEqual([
			['Old shop', '11%', '36%', '64%'],
			['Fair shop', '90%', '76%', '0%']
		]);
		expect(RECOMMENDER_DESIGN.summary!([], 'en')).toBeNull();
		expect(RECOMMENDER_DESIGN.csv(saved(), 'en')).toBe(
			'Everyone’s shop: Stereotype rate 0%; Coverage 76%; Relevance 90%'
		);
	});
});
