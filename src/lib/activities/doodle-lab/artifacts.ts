import { m } from '#lib/paraglide/messages';
import {
	experimentArtifactSchema,
	type ExperimentArtifact,
	type RunSummary
} from '#lib/doodle/experiment';
import { AI_DRAWING_KIND, aiDrawingSchema, type AiDrawing } from '#lib/sketch/artifact';
import { pathOf, viewBoxOf } from '#lib/sketch/drawing';
import { aiDrawingTitle } from '#lib/i18n/sketch-model-names';
import type { Locale } from '../../curriculum/types';
import { defineArtifact } from '../definition';

/** The first run and the latest (before and after), as the student saved them. */
export interface ExperimentView {
	type: 'experiment';
	runs: Pick<
		RunSummary,
		'source' | 'mix' | 'differentPlain' | 'accuracy' | 'spotted' | 'plain' | 'gap'
	>[];
}

export function experimentView(data: ExperimentArtifact): ExperimentView {
	return {
		type: 'experiment',
		runs: data.runs.map(({ source, mix, differentPlain, accuracy, spotted, plain, gap }) => ({
			source,
			mix,
			differentPlain,
			accuracy,
			spotted,
			plain,
			gap
		}))
	};
}

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value)}%`);

/** The spotted-cows experiment: the model's results per kind of cow, before and after. */
export const DOODLE_EXPERIMENT = defineArtifact({
	kind: 'doodle-experiment',
	schema: experimentArtifactSchema,
	view: experimentView,
	card: () => import('./ExperimentCard.svelte'),
	csv: (data, locale: Locale) =>
		data.runs
			.map((run, index) =>
				m.csv_experiment_run(
					{
						number: index + 1,
						mix: m.doodle_mix_line(
							{
								cows: run.mix.cows,
								spotted: Math.round(run.mix.spottedShare * 100),
								others: run.mix.horses + run.mix.pigs + run.mix.sheep
							},
							{ locale }
						),
						spotted: percent(run.spotted),
						plain: percent(run.plain)
					},
					{ locale }
				)
			)
			.join(' | ')
});

/** Who drew what: the student's first lines, then the model's. */
export interface DrawingView {
	type: 'drawing';
	strokes: { by: 'student' | 'ai'; d: string }[];
	viewBox: string;
}

export function drawingView(data: AiDrawing): DrawingView {
	return {
		type: 'drawing',
		viewBox: viewBoxOf(data.strokes),
		strokes: data.strokes.map((stroke) => ({ by: stroke.by, d: pathOf(stroke) }))
	};
}

/** A drawing by "The AI draws", maybe started by the student. */
export const AI_DRAWING = defineArtifact({
	kind: AI_DRAWING_KIND,
	schema: aiDrawingSchema,
	title: (data, locale) => aiDrawingTitle(data.model, data.finished, locale),
	view: drawingView,
	card: () => import('./DrawingCard.svelte'),
	csv: (data, locale) => aiDrawingTitle(data.model, data.finished, locale)
});
