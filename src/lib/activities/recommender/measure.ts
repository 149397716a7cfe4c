import {
	COLLABORATIVE_DESIGN,
	CONTENT_DESIGN,
	evaluate,
	openShop,
	ORIGINAL_DESIGN,
	TASTES_DESIGN,
	type Design,
	type DesignReport,
	type Shop
} from '#lib/recommender/recommend';
import { CATALOGUE, PERSONAS, type MetricName } from './content';
import type { BuiltInDesign } from './preset';

export const BUILT_IN: Record<BuiltInDesign, Design> = {
	original: ORIGINAL_DESIGN,
	content: CONTENT_DESIGN,
	collaborative: COLLABORATIVE_DESIGN,
	tastes: TASTES_DESIGN
};

let personaShop: Shop | null = null;
/** The shop as the built-in personas alone shape it: what every saved design is measured on. */
export function personaShopOf(): Shop {
	personaShop ??= openShop(CATALOGUE, PERSONAS);
	return personaShop;
}

export type Measures = Record<MetricName, number | null>;

export function measuresOf(report: DesignReport): Measures {
	return {
		relevance: report.relevance,
		coverage: report.coverage,
		popularity: report.averagePopularity,
		gini: report.gini,
		diversity: report.diversity,
		calibration: report.miscalibration,
		stereotype: report.stereotypeRate
	};
}

/**
 * A design's measures on the 14 built-in personas: the same for every student and recomputed
 * from the design wherever it is shown, so a saved design's figures can never be made up.
 */
export function measureOnPersonas(design: Design): Measures {
	return measuresOf(evaluate(design, PERSONAS, personaShopOf()));
}

/** Whether a higher value of the measure is the better one (null: neither, it is a trade-off). */
export const BETTER: Record<MetricName, 'higher' | 'lower' | null> = {
	relevance: 'higher',
	coverage: 'higher',
	popularity: null,
	gini: 'lower',
	diversity: 'higher',
	calibration: 'lower',
	stereotype: 'lower'
};

/** A measure as people read it: shares as percentages, the KL divergence as a number. */
export function formatMeasure(name: MetricName, value: number | null): string {
	if (value === null) return '–';
	if (name === 'calibration' || name === 'gini') return value.toFixed(2);
	return `${Math.round(value * 100)}%`;
}
