import { describe, expect, it } from 'vitest';
import en from './content/en.json';
import es from './content/es.json';
import { METRIC_NAMES } from './content';

// The metric names the activity defines (content.ts): every one needs a text per band.
const METRICS = METRIC_NAMES;
const BANDS = ['3-5', '6-8', '9-12'] as const;

describe('the recommender’s content', () => {
	it('defines every metric for every grade band, in English and Spanish', () => {
		for (const content of [en, es]) {
			expect(Object.keys(content.metrics).sort()).toEqual([...METRICS].sort());
			for (const metric of METRICS)
				for (const band of BANDS)
					expect(content.metrics[metric][band].length, `${metric} ${band}`).toBeGreaterThan(40);
		}
	});
});
