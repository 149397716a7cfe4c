import { z } from 'zod';
import { localizedContent } from '../content';
import catalogueData from './content/catalogue.json';
import personaData from './content/personas.json';
import { parseCatalogue } from '#lib/recommender/catalogue';
import { parsePersonas } from '#lib/recommender/players';

const text = z.string().trim().min(1);
const bands = z.strictObject({ '3-5': text, '6-8': text, '9-12': text });
export const METRIC_NAMES = [
	'relevance',
	'coverage',
	'popularity',
	'gini',
	'diversity',
	'calibration',
	'stereotype'
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** The shop's catalogue and built-in personas, checked when the module loads. */
export const CATALOGUE = parseCatalogue(catalogueData);
export const PERSONAS = parsePersonas(personaData, CATALOGUE);

/** What `content/<locale>.json` holds: the activity's prose, each metric's definition per band, and every item's name. */
export const recommenderContentSchema = z.strictObject({
	title: text,
	summary: text,
	intro: bands,
	design: bands,
	loop: text,
	worksheet: bands,
	vote: text,
	privacy: text,
	metrics: z.strictObject(
		Object.fromEntries(METRIC_NAMES.map((name) => [name, bands])) as Record<
			MetricName,
			typeof bands
		>
	),
	items: z.strictObject(
		Object.fromEntries(CATALOGUE.map((item) => [item.id, text.max(60)])) as Record<
			string,
			typeof text
		>
	)
});
export type RecommenderContent = z.output<typeof recommenderContentSchema>;

export const RECOMMENDER_CONTENT = localizedContent(
	'src/lib/activities/recommender',
	recommenderContentSchema,
	// The catalogue and personas are data for every language, not one locale's texts.
	import.meta.glob(['./content/*.json', '!./content/catalogue.json', '!./content/personas.json'], {
		eager: true,
		import: 'default'
	})
);
