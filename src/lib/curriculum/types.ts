import inlang from '../../../project.inlang/settings.json' with { type: 'json' };
import type { ActivityId } from '../activities/registry';

/**
 * The curriculum content model. Content is plain data: prose in Markdown files per locale
 * (content/), the rest in typed skeletons (skeletons/), assembled and checked when the modules
 * load. Each grade band has its own lessons written for its readers.
 */

/** The locales the app speaks, as the inlang project lists them (the one place they are defined). */
export const LOCALES: readonly Locale[] = inlang.locales as Locale[];
/**
 * A locale's code. The type is the one Paraglide compiles from the same settings (a type-only
 * import: nothing of Paraglide's runtime is loaded by the curriculum).
 */
export type Locale = import('../paraglide/runtime').Locale;

/** The locale every text is written in first, and the one a missing translation falls back to. */
export const BASE_LOCALE = 'en' satisfies Locale;
if (inlang.baseLocale !== BASE_LOCALE)
	throw new Error(`project.inlang/settings.json: the content's base locale is "${BASE_LOCALE}"`);

/** One text in every language the app speaks. */
export type Text = Record<Locale, string>;

/**
 * A lesson text: always in the base locale, and in each locale it has been translated into so
 * far (translations roll out in stages; `localize` falls back to the base locale and says so).
 */
export type LessonText = { en: string } & Partial<Record<Locale, string>>;

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
	alt: LessonText;
}

interface StepBase {
	/** Unique within its lesson; used for progress and resuming. */
	id: string;
	/** Shown only to the teacher (presenter notes, teacher guide), never on the student's screen. */
	teacherNotes?: LessonText;
}

export interface SlideStep extends StepBase {
	kind: 'slide';
	title: LessonText;
	/** Paragraphs. */
	body: LessonText[];
	image?: Image;
}

export interface VideoStep extends StepBase {
	kind: 'video';
	title: LessonText;
	url: string;
	/** The full transcript, so the lesson works without the video. Watching is never required. */
	transcript: LessonText;
}

export interface DiscussStep extends StepBase {
	kind: 'discuss';
	prompt: LessonText;
	teacherNotes: LessonText;
}

export interface ActivityStep extends StepBase {
	kind: 'activity';
	activity: ActivityId;
	title: LessonText;
	instructions: LessonText;
	/** Passed to the activity, validated by its own preset schema. */
	preset: unknown;
}

export interface QuizChoice {
	id: string;
	text: LessonText;
}

export interface QuizQuestion {
	id: string;
	prompt: LessonText;
	choices: QuizChoice[];
	/** The id of the one correct choice. */
	answer: string;
	/** Shown after answering, whether right or wrong. */
	explanation: LessonText;
}

export interface QuizStep extends StepBase {
	kind: 'quiz';
	title: LessonText;
	questions: QuizQuestion[];
}

export interface ReflectStep extends StepBase {
	kind: 'reflect';
	prompt: LessonText;
}

export type Step = SlideStep | VideoStep | DiscussStep | ActivityStep | QuizStep | ReflectStep;
export type StepKind = Step['kind'];

export interface VocabularyEntry {
	term: LessonText;
	/** Kid-friendly, at the band's reading level. */
	definition: LessonText;
}

export interface TeacherGuide {
	preparation: LessonText[];
	/** How the lesson's minutes are spent, in order. */
	timing: { minutes: number; activity: LessonText }[];
	misconceptions: { misconception: LessonText; response: LessonText }[];
	differentiation: { support: LessonText[]; extension: LessonText[] };
	/** How to teach the lesson in a classroom without devices. */
	unplugged: LessonText[];
}

export interface Lesson {
	/** Unique within its module and band. */
	slug: string;
	title: LessonText;
	summary: LessonText;
	minutes: number;
	objectives: LessonText[];
	vocabulary: VocabularyEntry[];
	materials: LessonText[];
	steps: Step[];
	guide: TeacherGuide;
}

export interface Module {
	slug: string;
	title: LessonText;
	summary: LessonText;
	bigIdeas: BigIdea[];
	objectives: LessonText[];
	/** Lessons for each band the module is written for; the bands are this object's keys. */
	lessons: Partial<Record<GradeBand, Lesson[]>>;
}
