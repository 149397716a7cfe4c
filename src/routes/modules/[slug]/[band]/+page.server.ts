import { error } from '@sveltejs/kit';
import { bandMinutes, findModule, isGradeBand, moduleBands } from '#lib/curriculum';
import { localize } from '#lib/curriculum/localize';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const module = findModule(params.slug);
	if (!module) error(404, { message: 'Unknown module.' });
	const bands = moduleBands(module);
	const band = params.band;
	if (!isGradeBand(band) || !bands.includes(band)) {
		error(404, { message: 'This module has no lessons for that grade band.' });
	}
	const locale = locals.locale;
	return {
		module: localize(
			{
				slug: module.slug,
				title: module.title,
				summary: module.summary,
				bigIdeas: module.bigIdeas,
				objectives: module.objectives
			},
			locale
		),
		bands: bands.map((b) => ({ band: b, minutes: bandMinutes(module, b) })),
		band,
		lessons: (module.lessons[band] ?? []).map((lesson) =>
			localize(
				{
					slug: lesson.slug,
					title: lesson.title,
					summary: lesson.summary,
					minutes: lesson.minutes,
					objectives: lesson.objectives,
					vocabulary: lesson.vocabulary.map((entry) => entry.term),
					materials: lesson.materials
				},
				locale
			)
		)
	};
};
