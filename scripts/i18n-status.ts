/**
 * `npm run i18n:status`: what each locale of the inlang project still lacks, in the messages
 * (messages/<locale>.json against the base locale's) and in the lessons (content files against
 * the base locale's). Missing texts are shown in English until translated; this lists them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	emptyTranslations,
	inlangSettings,
	untranslatedMessages
} from '../src/lib/build/message-catalogues';
import { parseContentFile, type ContentDoc } from '../src/lib/curriculum/content-format';
import {
	formatTranslationStatus,
	missingLessonTexts,
	type LocaleStatus
} from '../src/lib/curriculum/translation-status';

function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return markdownFiles(path);
		return entry.name.endsWith('.md') ? [path] : [];
	});
}

/** The status of every locale of the inlang project in projectDir, its lessons in contentDir. */
export function translationStatus(projectDir: string, contentDir: string): LocaleStatus[] {
	const settings = inlangSettings(projectDir);
	const files: Record<string, ContentDoc> = Object.fromEntries(
		markdownFiles(contentDir).map((path) => {
			const key = relative(contentDir, path).split(sep).join('/');
			return [key, parseContentFile(readFileSync(path, 'utf8'), relative(projectDir, path))];
		})
	);
	const untranslated = untranslatedMessages(projectDir);
	const empty = emptyTranslations(projectDir);
	return settings.locales
		.filter((locale) => locale !== settings.baseLocale)
		.map((locale) => ({
			locale,
			messages: untranslated[locale] ?? [],
			empty: empty[locale] ?? [],
			lessons: missingLessonTexts(files, settings.baseLocale, locale)
		}));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = join(fileURLToPath(import.meta.url), '..', '..');
	console.log(
		formatTranslationStatus(translationStatus(root, join(root, 'src/lib/curriculum/content')))
	);
}
