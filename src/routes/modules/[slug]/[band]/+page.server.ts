import { error } from '@sveltejs/kit';
import { bandMinutes, findModule, isGradeBand, moduleBands, t } from '#lib/curriculum';
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
		module: {
			slug: module.slug,
			title: t(module.title, locale),
			summary: t(module.summary, locale),
			bigIdeas: module.bigIdeas,
			objectives: localize(module.objectives, locale)
		},
		bands: bands.map((b) => ({ band: b, minutes: bandMinutes(module, b) })),
		band,
		lessons: (module.lessons[band] ?? []).map((lesson) => ({
			slug: lesson.slug,
			title: t(lesson.title, locale),
			summary: t(lesson.summary, locale),
			minutes: lesson.minutes,
			objectives: localize(lesson.objectives, locale),
			vocabulary: lesson.vocabulary.map((entry) => t(entry.term, locale)),
			materials: localize(lesson.materials, locale)
		}))
	};
};
