import { m } from '#lib/paraglide/messages';
import type { Locale } from '../../curriculum/types';
import { defineArtifact, type ArtifactSummary } from '../definition';
import {
	filledCells,
	savedDesignSchema,
	STAKEHOLDERS,
	VALUES,
	type SavedDesign
} from '#lib/recommender/design';
import { SIGNALS } from '#lib/recommender/recommend';
import { METRIC_NAMES, type MetricName } from './content';
import { formatMeasure, measureOnPersonas } from './measure';
import { effectName, metricName, signalName, stakeholderName, valueName } from './labels';

export const RECOMMENDER_DESIGN_KIND = 'recommender-design';

export interface RecommenderDesignView {
	type: 'recommender-design';
	name: string;
	/** "Show everyone every item" or "only what was marketed to the entered gender". */
	filter: string;
	diversity: string;
	signals: { label: string; weight: number }[];
	measures: { metric: MetricName; label: string; value: string }[];
	matrix: {
		stakeholder: string;
		cells: { value: string; effect: string | null; note: string }[];
	}[];
	filled: string;
}

/** The saved design as the teacher sees it: its signals, its measures recomputed on the personas, and the matrix. */
export function recommenderDesignView(data: SavedDesign, locale: Locale): RecommenderDesignView {
	const measures = measureOnPersonas(data.design);
	return {
		type: 'recommender-design',
		name: data.name,
		filter: (data.design.showAll ? m.rec_show_all : m.rec_only_marketed)({}, { locale }),
		diversity: m.rec_diversity_value(
			{ value: Math.round(data.design.diversity * 100) },
			{ locale }
		),
		signals: SIGNALS.filter((s) => data.design.weights[s] > 0).map((s) => ({
			label: signalName(s, locale),
			weight: data.design.weights[s]
		})),
		measures: METRIC_NAMES.map((metric) => ({
			metric,
			label: metricName(metric, locale),
			value: formatMeasure(metric, measures[metric])
		})),
		matrix: STAKEHOLDERS.map((s) => ({
			stakeholder: stakeholderName(s, locale),
			cells: VALUES.map((v) => ({
				value: valueName(v, locale),
				effect: data.matrix[s][v].effect ? effectName(data.matrix[s][v].effect!, locale) : null,
				note: data.matrix[s][v].note
			}))
		})),
		filled: m.rec_matrix_filled(
			{ count: filledCells(data.matrix), total: STAKEHOLDERS.length * VALUES.length },
			{ locale }
		)
	};
}

const SUMMARY_METRICS: MetricName[] = ['relevance', 'coverage', 'stereotype', 'gini', 'diversity'];

/** The class's designs side by side, each measured on the same 14 personas. */
export function recommenderSummary(
	items: readonly SavedDesign[],
	locale: Locale
): ArtifactSummary | null {
	if (!items.length) return null;
	return {
		title: m.rec_summary_title({}, { locale }),
		columns: SUMMARY_METRICS.map((metric) => metricName(metric, locale)),
		rows: items.map((item) => {
			const measures = measureOnPersonas(item.design);
			return {
				label: item.name,
				cells: SUMMARY_METRICS.map((metric) => formatMeasure(metric, measures[metric]))
			};
		})
	};
}

export const RECOMMENDER_DESIGN = defineArtifact({
	kind: RECOMMENDER_DESIGN_KIND,
	schema: savedDesignSchema,
	title: (data) => data.name,
	view: recommenderDesignView,
	card: () => import('./RecommenderDesignCard.svelte'),
	csv: (data, locale) => {
		const measures = measureOnPersonas(data.design);
		return `${data.name}: ${(['stereotype', 'coverage', 'relevance'] as const)
			.map((metric) => `${metricName(metric, locale)} ${formatMeasure(metric, measures[metric])}`)
			.join('; ')}`;
	},
	summary: recommenderSummary
});
