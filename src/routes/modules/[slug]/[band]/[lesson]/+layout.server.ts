import { error } from '@sveltejs/kit';
import { findLesson, t } from '#lib/curriculum';
import { localize } from '#lib/curriculum/localize';
import type { LayoutServerLoad } from './$types';

/** The lesson in the visitor's language, shared by the player, presenter, notes and print pages. */
export const load: LayoutServerLoad = ({ params, locals }) => {
	const found = findLesson(params.slug, params.band, params.lesson);
	if (!found) error(404, { message: 'Unknown lesson.' });
	const { module, band, lesson, index } = found;
	const locale = locals.locale;
	const lessons = module.lessons[band] ?? [];
	const next = lessons[index + 1];
	return {
		locale,
		module: { slug: module.slug, title: t(module.title, locale) },
		band,
		lessonNumber: index + 1,
		lesson: localize(lesson, locale),
		nextLesson: next ? { slug: next.slug, title: t(next.title, locale) } : null
	};
};
