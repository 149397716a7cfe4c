import { findLesson, t } from '../curriculum';
import type { Locale } from '../curriculum/types';
import { AI_OR_NOT_ITEMS } from './ai-or-not/items';
import { ACTIVITIES } from './registry';
import type { Artifact } from '../server/class-work';
import type { RunSummary } from '../doodle/experiment';
import type { z } from 'zod';
import type { aiOrNotSortSchema } from '../validation/artifacts';
import { pathOf, viewBoxOf } from '../sketch/drawing';
import { aiDrawingTitle } from '../sketch/model-names';

/** What the teacher's pages show of an artifact: plain, localized, safe to render as text. */
export type ArtifactBody =
	| { type: 'text'; text: string }
	| {
			type: 'sort';
			bins: { bin: 'ai' | 'not-ai'; items: { icon: string; name: string; correct: boolean }[] }[];
	  }
	| {
			type: 'experiment';
			/** The first run and the latest (before and after), as the student saved them. */
			runs: Pick<RunSummary, 'source' | 'mix' | 'accuracy' | 'spotted' | 'plain' | 'gap'>[];
	  }
	| {
			type: 'drawing';
			/** Who drew what: the student's first lines, then the model's. */
			strokes: { by: 'student' | 'ai'; d: string }[];
			viewBox: string;
	  }
	/** Stored data that does not match its kind's schema: never shown, only hidden or removed. */
	| { type: 'unreadable' };

export interface ArtifactView {
	key: string;
	studentId: string;
	studentName: string;
	avatar: string | null;
	/** Where it was made: the lesson title, or the activity's name for a shared link. */
	where: string;
	/** What it is: a reflection prompt, an activity name. */
	title: string;
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

function sortBody(data: z.output<typeof aiOrNotSortSchema>, locale: Locale): ArtifactBody {
	const bins = (['ai', 'not-ai'] as const).map((bin) => ({
		bin,
		items: data.placements
			.filter((placement) => placement.bin === bin)
			.map((placement) => {
				const item = AI_OR_NOT_ITEMS[placement.itemId];
				return { icon: item.icon, name: t(item.name, locale), correct: placement.correct };
			})
	}));
	return { type: 'sort', bins };
}

export function artifactView(artifact: ArtifactSource, locale: Locale): ArtifactView {
	const found = lessonOf(artifact.context);
	const step = found?.lesson.steps.find((s) => s.id === artifact.step);
	const activityId = artifact.context.startsWith('activity:')
		? artifact.context.slice('activity:'.length)
		: step?.kind === 'activity'
			? step.activity
			: undefined;
	const activity = activityId ? ACTIVITIES[activityId as keyof typeof ACTIVITIES] : undefined;
	let title = artifact.title;
	let body: ArtifactBody = { type: 'unreadable' };
	const content = artifact.content;
	if (content?.kind === 'reflection') {
		title = step?.kind === 'reflect' ? t(step.prompt, locale) : title;
		body = { type: 'text', text: content.data.text };
	} else if (content?.kind === 'doodle-experiment') {
		title = t(ACTIVITIES['doodle-lab'].title, locale);
		body = {
			type: 'experiment',
			runs: content.data.runs.map(({ source, mix, accuracy, spotted, plain, gap }) => ({
				source,
				mix,
				accuracy,
				spotted,
				plain,
				gap
			}))
		};
	} else if (content?.kind === 'ai-drawing') {
		title = aiDrawingTitle(content.data.model, content.data.finished, locale);
		body = {
			type: 'drawing',
			viewBox: viewBoxOf(content.data.strokes),
			strokes: content.data.strokes.map((stroke) => ({ by: stroke.by, d: pathOf(stroke) }))
		};
	} else if (content?.kind === 'ai-or-not-sort') {
		title = t(ACTIVITIES['ai-or-not'].title, locale);
		body = sortBody(content.data, locale);
	}
	return {
		key: artifact.key,
		studentId: artifact.studentId,
		studentName: artifact.studentName,
		avatar: artifact.avatar,
		where: found ? t(found.lesson.title, locale) : activity ? t(activity.title, locale) : '',
		title,
		body,
		at: artifact.at.toISOString(),
		hidden: artifact.hidden
	};
}
