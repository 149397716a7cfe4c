import { assembleModule, unusedFiles, type ContentFiles } from './assemble';
import type { ContentDoc } from './content-format';
import { spottedCows } from './skeletons/spotted-cows';
import { whatIsAi } from './skeletons/what-is-ai';
import { deepfakes } from './skeletons/deepfakes';
import { fairRecommender } from './skeletons/fair-recommender';
import {
	GRADE_BANDS,
	LOCALES,
	type GradeBand,
	type Lesson,
	type Locale,
	type Module,
	type LessonText
} from './types';

/** The lesson files, parsed when the app is built (src/lib/build/lesson-content-plugin.ts). */
const CONTENT_FILES: ContentFiles = Object.fromEntries(
	Object.entries(
		import.meta.glob<ContentDoc>('./content/**/*.md', { eager: true, import: 'default' })
	).map(([path, doc]) => [path.slice('./content/'.length), doc])
);

/** Every module's skeleton, in catalogue order. */
export const SKELETONS = [whatIsAi, spottedCows, deepfakes, fairRecommender];

const unused = unusedFiles(SKELETONS, CONTENT_FILES, LOCALES);
if (unused.length > 0)
	throw new Error(`No module or lesson reads these content files: ${unused.join(', ')}`);

/** Every published module, in catalogue order. */
export const MODULES: readonly Module[] = SKELETONS.map((skeleton) =>
	assembleModule(skeleton, CONTENT_FILES, LOCALES)
);

/** One text in a locale, or in the base locale where it has not been translated yet. */
export function t(text: LessonText, locale: Locale): string {
	return text[locale] ?? text.en;
}

export function isGradeBand(value: string | null | undefined): value is GradeBand {
	return (GRADE_BANDS as readonly string[]).includes(value ?? '');
}

export function moduleBands(module: Module): GradeBand[] {
	return GRADE_BANDS.filter((band) => (module.lessons[band]?.length ?? 0) > 0);
}

export function bandMinutes(module: Module, band: GradeBand): number {
	return (module.lessons[band] ?? []).reduce((sum, lesson) => sum + lesson.minutes, 0);
}

export function findModule(slug: string): Module | undefined {
	return MODULES.find((module) => module.slug === slug);
}

export function findLesson(
	moduleSlug: string,
	band: string,
	lessonSlug: string
): { module: Module; band: GradeBand; lesson: Lesson; index: number } | undefined {
	const module = findModule(moduleSlug);
	if (!module || !isGradeBand(band)) return undefined;
	const lessons = module.lessons[band] ?? [];
	const index = lessons.findIndex((lesson) => lesson.slug === lessonSlug);
	const lesson = lessons[index];
	return lesson ? { module, band, lesson, index } : undefined;
}

/** Lower-cases and strips accents so "inteligencia" finds "Inteligéncia" and "IA" finds "ia". */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

/**
 * Modules for a band (or all bands) whose text in the given language contains every word of the
 * query: titles, summaries, objectives, lesson titles and vocabulary.
 */
export function searchModules(
	modules: readonly Module[],
	locale: Locale,
	options: { band?: GradeBand; query?: string }
): Module[] {
	const words = foldForSearch(options.query ?? '')
		.split(/\s+/)
		.filter(Boolean);
	return modules.filter((module) => {
		if (options.band && !moduleBands(module).includes(options.band)) return false;
		if (words.length === 0) return true;
		const lessons = Object.values(module.lessons).flat();
		const haystack = foldForSearch(
			[
				module.title,
				module.summary,
				...module.objectives,
				...lessons.flatMap((lesson) => [
					lesson.title,
					lesson.summary,
					...lesson.vocabulary.map((entry) => entry.term)
				])
			]
				.map((text) => t(text, locale))
				.join(' ')
		);
		return words.every((word) => haystack.includes(word));
	});
}
