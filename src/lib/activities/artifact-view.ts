import { findLesson, t } from '../curriculum';
import type { Locale } from '../curriculum/types';
import { ACTIVITIES, ACTIVITY_ARTIFACTS, isActivityId } from './registry';
import type { Artifact } from '../server/class-work';
import { reflectionText } from '../validation/artifacts';

/**
 * What the teacher's pages show of an artifact: plain, localized, safe to render as text. A
 * reflection is text; an activity's artifact is what its kind's `view` made of the checked data
 * (`type` names the view, its card shows it); stored data that does not match its kind's schema
 * is never shown, only hidden or removed.
 */
export type ArtifactBody =
	| { type: 'text'; text: string }
	| { type: 'unreadable' }
	| ({ type: string } & Record<string, unknown>);

export interface ArtifactView {
	key: string;
	studentId: string;
	studentName: string;
	avatar: string | null;
	/** Where it was made: the lesson title, or the activity's name for a shared link. */
	where: string;
	/** What it is: a reflection prompt, an activity name. */
	title: string;
	/** The kind of artifact: its card shows `body` (see loadArtifactCards). */
	kind: string;
	body: ArtifactBody;
	at: string;
	hidden: boolean;
}

/** What the server stores of an artifact (see src/lib/server/class-work.ts). */
export type ArtifactSource = Artifact;

/** "module/band/lesson" → the lesson and its step, if it exists. */
function lessonOf(context: string) {
	const [moduleSlug, band, lessonSlug] = context.split('/');
	if (!moduleSlug || !band || !lessonSlug) return undefined;
	return findLesson(moduleSlug, band, lessonSlug);
}

export function artifactView(artifact: ArtifactSource, locale: Locale): ArtifactView {
	const found = lessonOf(artifact.context);
	const step = found?.lesson.steps.find((s) => s.id === artifact.step);
	const activityId = artifact.context.startsWith('activity:')
		? artifact.context.slice('activity:'.length)
		: step?.kind === 'activity'
			? step.activity
			: undefined;
	const activity = activityId && isActivityId(activityId) ? ACTIVITIES[activityId] : undefined;
	let title = artifact.title;
	let body: ArtifactBody = { type: 'unreadable' };
	const content = artifact.content;
	const text = reflectionText(content);
	const kind = content ? ACTIVITY_ARTIFACTS.get(content.kind) : undefined;
	if (text !== null) {
		title = step?.kind === 'reflect' ? t(step.prompt, locale) : title;
		body = { type: 'text', text };
	} else if (content && kind) {
		title = kind.artifact.title
			? kind.artifact.title(content.data, locale)
			: t(ACTIVITIES[kind.activity].title, locale);
		body = kind.artifact.view(content.data, locale) as ArtifactBody;
	}
	return {
		key: artifact.key,
		studentId: artifact.studentId,
		studentName: artifact.studentName,
		avatar: artifact.avatar,
		where: found ? t(found.lesson.title, locale) : activity ? t(activity.title, locale) : '',
		title,
		kind: artifact.kind,
		body,
		at: artifact.at.toISOString(),
		hidden: artifact.hidden
	};
}
