import type { ActivityId } from '../activities/registry';

/**
 * The curriculum content model. Content is plain data, type-checked at build time; every text
 * exists in every locale (`Text`), and each grade band has its own lessons written for its readers.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** One text in every language the app speaks. */
export type Text = Record<Locale, string>;

export const GRADE_BANDS = ['3-5', '6-8', '9-12'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/** AI4K12's "Five Big Ideas in AI". */
export const BIG_IDEAS = [
	'perception',
	'representation-reasoning',
	'learning',
	'natural-interaction',
	'societal-impact'
] as const;
export type BigIdea = (typeof BIG_IDEAS)[number];

/** Activities that exist in src/lib/activities: derived from their definitions (registry.ts). */
export type { ActivityId };

export interface Image {
	/** Path under static/, e.g. "/curriculum/what-is-ai/robot.svg". */
	src: string;
	alt: Text;
}

interface StepBase {
	/** Unique within its lesson; used for progress and resuming. */
	id: string;
	/** Shown only to the teacher (presenter notes, teacher guide), never on the student's screen. */
	teacherNotes?: Text;
}

export interface SlideStep extends StepBase {
	kind: 'slide';
	title: Text;
	/** Paragraphs. */
	body: Text[];
	image?: Image;
}

export interface VideoStep extends StepBase {
	kind: 'video';
	title: Text;
	url: string;
	/** The full transcript, so the lesson works without the video. Watching is never required. */
	transcript: Text;
}

export interface DiscussStep extends StepBase {
	kind: 'discuss';
	prompt: Text;
	teacherNotes: Text;
}

export interface ActivityStep extends StepBase {
	kind: 'activity';
	activity: ActivityId;
	title: Text;
	instructions: Text;
	/** Passed to the activity, validated by its own preset schema. */
	preset: unknown;
}

export interface QuizChoice {
	id: string;
	text: Text;
}

export interface QuizQuestion {
	id: string;
	prompt: Text;
	choices: QuizChoice[];
	/** The id of the one correct choice. */
	answer: string;
	/** Shown after answering, whether right or wrong. */
	explanation: Text;
}

export interface QuizStep extends StepBase {
	kind: 'quiz';
	title: Text;
	questions: QuizQuestion[];
}

export interface ReflectStep extends StepBase {
	kind: 'reflect';
	prompt: Text;
}

export type Step = SlideStep | VideoStep | DiscussStep | ActivityStep | QuizStep | ReflectStep;
export type StepKind = Step['kind'];

export interface VocabularyEntry {
	term: Text;
	/** Kid-friendly, at the band's reading level. */
	definition: Text;
}

export interface TeacherGuide {
	preparation: Text[];
	/** How the lesson's minutes are spent, in order. */
	timing: { minutes: number; activity: Text }[];
	misconceptions: { misconception: Text; response: Text }[];
	differentiation: { support: Text[]; extension: Text[] };
	/** How to teach the lesson in a classroom without devices. */
	unplugged: Text[];
}

export interface Lesson {
	/** Unique within its module and band. */
	slug: string;
	title: Text;
	summary: Text;
	minutes: number;
	objectives: Text[];
	vocabulary: VocabularyEntry[];
	materials: Text[];
	steps: Step[];
	guide: TeacherGuide;
}

export interface Module {
	slug: string;
	title: Text;
	summary: Text;
	bigIdeas: BigIdea[];
	objectives: Text[];
	/** Lessons for each band the module is written for; the bands are this object's keys. */
	lessons: Partial<Record<GradeBand, Lesson[]>>;
}
