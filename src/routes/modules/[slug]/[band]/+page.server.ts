import { error } from '@sveltejs/kit';
import { bandMinutes, findModule, isGradeBand, moduleBands, t } from '#lib/curriculum';
import { localize } from '#lib/curriculum/localize';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const module = findModule(params.slug);
	if (!module) error(404, { message: 'not_found' });
	const bands = moduleBands(module);
	const band = params.band;
	if (!isGradeBand(band) || !bands.includes(band)) {
		error(404, { message: 'not_found' });
	}
	const locale = locals.locale;
	// A student in a class sees what the lesson is about, not the teacher's objectives and materials.
	const forStudent = locals.student !== null;
	return {
		forStudent,
		module: {
			slug: module.slug,
			title: t(module.title, locale),
			summary: t(module.summary, locale),
			bigIdeas: module.bigIdeas,
			objectives: forStudent ? [] : localize(module.objectives, locale)
		},
		bands: bands.map((b) => ({ band: b, minutes: bandMinutes(module, b) })),
		band,
		lessons: (module.lessons[band] ?? []).map((lesson) => ({
			slug: lesson.slug,
			title: t(lesson.title, locale),
			summary: t(lesson.summary, locale),
			minutes: lesson.minutes,
			objectives: forStudent ? [] : localize(lesson.objectives, locale),
			vocabulary: lesson.vocabulary.map((entry) => t(entry.term, locale)),
			materials: forStudent ? [] : localize(lesson.materials, locale)
		}))
	};
};
