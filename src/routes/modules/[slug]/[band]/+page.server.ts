import { error } from '@sveltejs/kit';
import { bandMinutes, findModule, isGradeBand, moduleBands } from '#lib/curriculum';
import { localize } from '#lib/curriculum/localize';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'not_found');
	const bands = moduleBands(module);
	const band = params.band;
	if (!isGradeBand(band) || !bands.includes(band)) {
		error(404, 'not_found');
	}
	const locale = locals.locale;
	// A student in a class sees what the lesson is about, not the teacher's objectives and materials.
	const forStudent = locals.student !== null;
	return {
		forStudent,
		module: localize(
			{
				slug: module.slug,
				title: module.title,
				summary: module.summary,
				bigIdeas: module.bigIdeas,
				objectives: forStudent ? [] : module.objectives
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
					objectives: forStudent ? [] : lesson.objectives,
					vocabulary: lesson.vocabulary.map((entry) => entry.term),
					materials: forStudent ? [] : lesson.materials
				},
				locale
			)
		)
	};
};
