import { findLesson, t } from '../curriculum';
import type { Locale } from '../curriculum/types';
import { AI_OR_NOT_ITEMS } from './ai-or-not/items';
import { ACTIVITIES } from './registry';
import type { Artifact } from '../server/class-work';
import { experimentArtifactSchema, type RunSummary } from '../doodle/experiment';
import { AI_DRAWING_KIND, aiDrawingSchema } from '../sketch/artifact';
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
	| { type: 'other' };

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

function sortBody(data: unknown, locale: Locale): ArtifactBody {
	const placements = (data as { placements?: unknown })?.placements;
	if (!Array.isArray(placements)) return { type: 'other' };
	const bins = (['ai', 'not-ai'] as const).map((bin) => ({
		bin,
		items: placements.flatMap(
			(placement: { itemId?: unknown; bin?: unknown; correct?: unknown }) => {
				const item = AI_OR_NOT_ITEMS[placement?.itemId as keyof typeof AI_OR_NOT_ITEMS];
				if (!item || placement.bin !== bin) return [];
				return [
					{ icon: item.icon, name: t(item.name, locale), correct: placement.correct === true }
				];
			}
		)
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
	let body: ArtifactBody = { type: 'other' };
	if (artifact.kind === 'reflection') {
		title = step?.kind === 'reflect' ? t(step.prompt, locale) : title;
		body = { type: 'text', text: String((artifact.data as { text?: unknown })?.text ?? '') };
	} else if (artifact.kind === 'doodle-experiment') {
		title = t(ACTIVITIES['doodle-lab'].title, locale);
		// Artifacts come from tablets: only a summary that checks out is shown.
		const parsed = experimentArtifactSchema.safeParse(artifact.data);
		if (parsed.success)
			body = {
				type: 'experiment',
				runs: parsed.data.runs.map(({ source, mix, accuracy, spotted, plain, gap }) => ({
					source,
					mix,
					accuracy,
					spotted,
					plain,
					gap
				}))
			};
	} else if (artifact.kind === AI_DRAWING_KIND) {
		const parsed = aiDrawingSchema.safeParse(artifact.data);
		if (parsed.success) {
			title = aiDrawingTitle(parsed.data.model, parsed.data.finished, locale);
			body = {
				type: 'drawing',
				viewBox: viewBoxOf(parsed.data.strokes),
				strokes: parsed.data.strokes.map((stroke) => ({ by: stroke.by, d: pathOf(stroke) }))
			};
		}
	} else if (artifact.kind === 'ai-or-not-sort') {
		title = t(ACTIVITIES['ai-or-not'].title, locale);
		body = sortBody(artifact.data, locale);
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
