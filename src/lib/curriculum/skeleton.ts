import { z } from 'zod';
import { BIG_IDEAS, GRADE_BANDS, type ActivityId, type BigIdea, type GradeBand } from './types';

/**
 * What of a module is not prose: ids, kinds, minutes, quiz answers, activities and their presets,
 * image files. Written in TypeScript (src/lib/curriculum/skeletons) and checked again by
 * `skeletonSchema` when the modules load; the texts come from the Markdown files.
 */
export type StepSkeleton =
	| { kind: 'slide'; id: string; image?: { src: string } }
	| { kind: 'video'; id: string; url: string }
	| { kind: 'discuss'; id: string }
	| { kind: 'activity'; id: string; activity: ActivityId; preset: unknown }
	| { kind: 'quiz'; id: string; questions: QuestionSkeleton[] }
	| { kind: 'reflect'; id: string };

export interface QuestionSkeleton {
	id: string;
	/** Choice ids, in the order they are shown. */
	choices: string[];
	answer: string;
}

export interface LessonSkeleton {
	slug: string;
	minutes: number;
	/** Minutes of each row of the teacher guide's timing, in order. */
	timing: number[];
	steps: StepSkeleton[];
}

export interface ModuleSkeleton {
	slug: string;
	bigIdeas: BigIdea[];
	lessons: Partial<Record<GradeBand, LessonSkeleton[]>>;
}

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-"');

const questionSchema = z
	.object({ id, choices: z.array(id).min(2), answer: id })
	.refine((question) => question.choices.includes(question.answer), {
		message: 'the answer must be one of the choices'
	});

const stepSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('slide'),
		id,
		image: z.object({ src: z.string().startsWith('/') }).optional()
	}),
	z.object({ kind: z.literal('video'), id, url: z.url() }),
	z.object({ kind: z.literal('discuss'), id }),
	z.object({ kind: z.literal('activity'), id, activity: id, preset: z.unknown() }),
	z.object({ kind: z.literal('quiz'), id, questions: z.array(questionSchema).min(1) }),
	z.object({ kind: z.literal('reflect'), id })
]);

const lessonSchema = z.object({
	slug: id,
	minutes: z.number().int().positive(),
	timing: z.array(z.number().int().positive()).min(1),
	steps: z.array(stepSchema).min(1)
});

export const skeletonSchema = z.object({
	slug: id,
	bigIdeas: z.array(z.enum(BIG_IDEAS)).min(1),
	lessons: z.partialRecord(z.enum(GRADE_BANDS), z.array(lessonSchema))
});
