import { getDb } from '#lib/server/db';
import { savedLesson } from '#lib/server/progress';
import { lessonContext } from '#lib/curriculum/lesson-state';
import type { PageServerLoad } from './$types';

/** A signed-in student's stored progress in this lesson, so the player resumes it on any tablet. */
export const load: PageServerLoad = async ({ locals, parent }) => {
	if (!locals.student) return { saved: null };
	const { module, band, lesson } = await parent();
	return {
		saved: await savedLesson(
			getDb(),
			locals.student.id,
			lessonContext(module.slug, band, lesson.slug)
		)
	};
};
