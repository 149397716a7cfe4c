import { findModule, t } from '#lib/curriculum';
import { localize } from '#lib/curriculum/localize';
import { stepKindLabel } from '#lib/i18n/curriculum-labels';
import { ownTitle } from '#lib/curriculum/step-title';
import { ownedAssignment } from '#lib/server/http/class-access';
import { assignmentSummaries } from '#lib/server/artifact-summaries';
import { progressGrid } from '#lib/server/class-progress';
import { getDb } from '#lib/server/db';
import { helpedStudent } from '#lib/server/http/teacher-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { klass, assignment } = await ownedAssignment(event);
	const module = findModule(assignment.moduleSlug);
	const lessons = module?.lessons[assignment.band] ?? [];
	return {
		klass: { id: klass.id, name: klass.name },
		assignmentId: assignment.id,
		title: module ? t(module.title, event.locals.locale) : assignment.moduleSlug,
		band: assignment.band,
		lessonTitles: lessons.map((lesson) => t(lesson.title, event.locals.locale)),
		/** Per lesson, each step's title (or its kind, for steps without one), for the column headers. */
		stepTitles: lessons.map((lesson) =>
			localize(lesson, event.locals.locale).steps.map(
				(step) => ownTitle(step) ?? stepKindLabel[step.kind]()
			)
		),
		grid: await progressGrid(getDb(), klass.id, assignment),
		/** What the class's artifacts add up to (a game before and after the lesson). */
		summaries: await assignmentSummaries(getDb(), klass.id, assignment, event.locals.locale)
	};
};

export const actions: Actions = {
	helped: async (event) => {
		await ownedAssignment(event);
		return helpedStudent(event);
	}
};
