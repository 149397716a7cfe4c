import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORIGINAL_DESIGN, TASTES_DESIGN } from '#lib/recommender/recommend';
import { formatMeasure, measureOnPersonas } from './measure';

const lesson = (locale: string, path: string) =>
	readFileSync(`src/lib/curriculum/content/${locale}/fair-recommender/${path}.md`, 'utf8');
const percent = (value: string) => value.replace('%', '');

describe('what the fair-recommender lessons say the designs do', () => {
	const original = measureOnPersonas(ORIGINAL_DESIGN);
	const tastes = measureOnPersonas(TASTES_DESIGN);

	it('quotes the figures the designs really have on the 14 personas, in both languages', () => {
		const figures = {
			stereotype: percent(formatMeasure('stereotype', original.stereotype)),
			coverage: percent(formatMeasure('coverage', original.coverage)),
			relevance: percent(formatMeasure('relevance', original.relevance)),
			fairCoverage: percent(formatMeasure('coverage', tastes.coverage)),
			fairRelevance: percent(formatMeasure('relevance', tastes.relevance))
		};
		expect(figures).toEqual({
			stereotype: '64',
			coverage: '36',
			relevance: '11',
			fairCoverage: '76',
			fairRelevance: '90'
		});
		expect(formatMeasure('stereotype', tastes.stereotype)).toBe('0%');
		for (const locale of ['en', 'es']) {
			const text = lesson(locale, '9-12/fairness-metrics-and-feedback-loops');
			for (const figure of Object.values(figures))
				expect(text, `${locale} 9-12 quotes ${figure}%`).toMatch(new RegExp(`\\b${figure} ?%`));
			expect(lesson(locale, '6-8/redesign-the-avatar-shop')).toMatch(
				new RegExp(`\\b${figures.coverage} ?%`)
			);
			// Every percentage quoted about the designs is one of the measured figures (or the loop's).
			const quoted = [...text.matchAll(/\b(\d{1,3}) ?%/g)].map((match) => match[1]!);
			for (const figure of quoted)
				expect(
					[...Object.values(figures), '0', '55', '34', '100'],
					`${locale}: ${figure}%`
				).toContain(figure);
		}
	});
});
