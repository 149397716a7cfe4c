import { artifactView } from '#lib/activities/artifact-view';
import { ACTIVITIES, isActivityId } from '#lib/activities/registry';
import { findLesson, t } from '#lib/curriculum';
import { formatDateTime } from '#lib/i18n/dates';
import { ownedStudent } from '#lib/server/http/class-access';
import { studentWork } from '#lib/server/class-work';
import { getDb } from '#lib/server/db';
import {
	helpedStudent,
	removeArtifactAction,
	removeStudentAction,
	setArtifactVisibility
} from '#lib/server/http/teacher-actions';
import type { Actions, PageServerLoad } from './$types';

/** One student's work: every lesson they opened, their answers, scores and artifacts. */
export const load: PageServerLoad = async (event) => {
	const { klass, student } = await ownedStudent(event);
	const locale = event.locals.locale;
	const work = (await studentWork(getDb(), klass.id, student.id)).map((context) => {
		const [moduleSlug = '', band = '', lessonSlug = ''] = context.context.split('/');
		const found = findLesson(moduleSlug, band, lessonSlug);
		const steps = found?.lesson.steps ?? [];
		const activityId = context.context.startsWith('activity:')
			? context.context.slice('activity:'.length)
			: null;
		const activity = activityId && isActivityId(activityId) ? ACTIVITIES[activityId] : undefined;
		return {
			context: context.context,
			title: found
				? t(found.lesson.title, locale)
				: activity
					? t(activity.title, locale)
					: context.context,
			module: found ? `${t(found.module.title, locale)} · ${found.band}` : null,
			done: context.completed.filter((c) => steps.some((step) => step.id === c.step)).length,
			total: steps.length,
			lastAt: formatDateTime(context.lastAt, locale),
			answers: context.answers.map((answer) => {
				const step = steps.find((s) => s.id === answer.step);
				const question =
					step?.kind === 'quiz' ? step.questions.find((q) => q.id === answer.question) : undefined;
				const choice = question?.choices.find((c) => c.id === answer.choice);
				return {
					question: question ? t(question.prompt, locale) : answer.question,
					choice: choice ? t(choice.text, locale) : answer.choice,
					correct: answer.correct
				};
			}),
			scores: context.scores.map((score) => {
				const index = steps.findIndex((s) => s.id === score.step);
				return { step: index + 1, correct: score.correct, total: score.total };
			}),
			artifacts: context.artifacts.map((artifact) => artifactView(artifact, locale))
		};
	});
	return {
		klass: { id: klass.id, name: klass.name },
		student: {
			id: student.id,
			displayName: student.displayName,
			avatar: student.avatar,
			needsHelp: student.helpRequestedAt !== null
		},
		work
	};
};

export const actions: Actions = {
	hide: async (event) => setArtifactVisibility(event, true),
	show: async (event) => setArtifactVisibility(event, false),
	remove: async (event) => removeArtifactAction(event),
	removeStudent: async (event) => removeStudentAction(event),
	helped: async (event) => helpedStudent(event)
};
