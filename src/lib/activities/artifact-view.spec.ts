import { describe, expect, it } from 'vitest';
import { artifactView, type ArtifactSource } from './artifact-view';
import type { RunSummary } from '../doodle/experiment';
import { artifactContent } from '../validation/artifacts';

const run = (spottedShare: number, spotted: number, plain: number): RunSummary => ({
	source: 'starter',
	mix: { cows: 500, spottedShare, horses: 500, pigs: 500, sheep: 500 },
	drawings: 2000,
	differentPlain: null,
	ownDrawings: 0,
	accuracy: 90,
	perAnimal: { cow: (spotted + plain) / 2, horse: 99, pig: 100, sheep: 100 },
	spotted,
	plain,
	gap: spotted - plain,
	seconds: 3.1
});

const artifact = (data: unknown, kind = 'doodle-experiment'): ArtifactSource => ({
	key: 'k1',
	studentId: 's1',
	studentName: 'Ana',
	avatar: null,
	context: 'activity:doodle-lab',
	step: null,
	kind,
	title: 'Spotted cows experiment',
	content: artifactContent(kind, data),
	at: new Date('2026-11-26T10:00:00Z'),
	hidden: false
});

describe('the doodle experiment in the teacher’s views', () => {
	it('shows the mixes and per-subgroup accuracies before and after, titled in the teacher’s language', () => {
		const view = artifactView(artifact({ runs: [run(0.9, 99, 51), run(0.5, 97, 93)] }), 'es');
		expect(view.title).toBe('Laboratorio de vacas con manchas');
		expect(view.where).toBe('Laboratorio de vacas con manchas');
		expect(view.body).toEqual({
			type: 'experiment',
			runs: [
				{
					source: 'starter',
					mix: run(0.9, 0, 0).mix,
					differentPlain: null,
					accuracy: 90,
					spotted: 99,
					plain: 51,
					gap: 48
				},
				{
					source: 'starter',
					mix: run(0.5, 0, 0).mix,
					differentPlain: null,
					accuracy: 90,
					spotted: 97,
					plain: 93,
					gap: 4
				}
			]
		});
	});

	it('shows nothing of a summary that does not check out (it came from a tablet)', () => {
		for (const data of [
			null,
			{ runs: [] },
			{ runs: [{ ...run(0.9, 99, 51), spotted: 140 }] },
			{ runs: [{ ...run(0.9, 99, 51), mix: '<script>' }] },
			{ runs: [run(0.9, 99, 51), run(0.5, 97, 93), run(0.5, 97, 93)] }
		])
			expect(artifactView(artifact(data), 'en').body).toEqual({ type: 'unreadable' });
	});
});

describe('a drawing by the AI in the teacher’s views', () => {
	const drawing = (data: unknown): ArtifactSource => ({
		...artifact(data, 'ai-drawing'),
		title: 'Started by the student, finished by the AI (Cow)'
	});

	it('shows the student’s lines and the model’s, framed around the drawing', () => {
		const view = artifactView(
			drawing({
				model: 'cow',
				temperature: 0.4,
				finished: true,
				strokes: [
					{ by: 'student', x: [0, 100], y: [0, 0] },
					{ by: 'ai', x: [100, 100], y: [0, 100] }
				]
			}),
			'en'
		);
		expect(view.title).toBe('Started by the student, finished by the AI (Cow)');
		expect(view.body).toEqual({
			type: 'drawing',
			viewBox: '-10 -10 120 120',
			strokes: [
				{ by: 'student', d: 'M0 0L100 0' },
				{ by: 'ai', d: 'M100 0L100 100' }
			]
		});
	});

	it('names the drawing in the teacher’s language, whatever the student’s was', () => {
		const data = {
			model: 'sheep',
			temperature: 0.4,
			finished: false,
			strokes: [{ by: 'ai', x: [0, 1], y: [0, 1] }]
		};
		expect(artifactView(drawing(data), 'es').title).toBe('Dibujado por la IA (Oveja)');
		expect(artifactView(drawing(data), 'en').title).toBe('Drawn by the AI (Sheep)');
	});

	it('shows nothing of a drawing that does not check out', () => {
		for (const data of [
			null,
			{ model: 'cow' },
			{
				model: 'cow',
				temperature: 0.4,
				finished: false,
				strokes: [{ by: 'ai', x: ['<svg>'], y: [1] }]
			}
		])
			expect(artifactView(drawing(data), 'en').body).toEqual({ type: 'unreadable' });
	});
});
