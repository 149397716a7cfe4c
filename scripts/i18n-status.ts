/**
 * `npm run i18n:status`: what each locale of the inlang project still lacks, in the messages
 * (messages/<locale>.json against the base locale's) and in the lessons (content files against
 * the base locale's). Missing texts are shown in English until translated; this lists them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContentFile, type ContentDoc } from '../src/lib/curriculum/content-format';
import {
	formatTranslationStatus,
	missingLessonTexts,
	missingMessages,
	type LocaleStatus
} from '../src/lib/curriculum/translation-status';

function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return markdownFiles(path);
		return entry.name.endsWith('.md') ? [path] : [];
	});
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

/** The status of every locale of the inlang project in projectDir, its lessons in contentDir. */
export function translationStatus(projectDir: string, contentDir: string): LocaleStatus[] {
	const settings = readJson(join(projectDir, 'project.inlang', 'settings.json')) as {
		baseLocale: string;
		locales: string[];
		'plugin.inlang.messageFormat': { pathPattern: string };
	};
	const catalogue = (locale: string) => {
		const path = join(
			projectDir,
			settings['plugin.inlang.messageFormat'].pathPattern.replace('{locale}', locale)
		);
		try {
			return readJson(path);
		} catch {
			return {};
		}
	};
	const files: Record<string, ContentDoc> = Object.fromEntries(
		markdownFiles(contentDir).map((path) => {
			const key = relative(contentDir, path).split(sep).join('/');
			return [key, parseContentFile(readFileSync(path, 'utf8'), relative(projectDir, path))];
		})
	);
	const base = catalogue(settings.baseLocale);
	return settings.locales
		.filter((locale) => locale !== settings.baseLocale)
		.map((locale) => ({
			locale,
			messages: missingMessages(base, catalogue(locale)),
			lessons: missingLessonTexts(files, settings.baseLocale, locale)
		}));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = join(fileURLToPath(import.meta.url), '..', '..');
	console.log(
		formatTranslationStatus(translationStatus(root, join(root, 'src/lib/curriculum/content')))
	);
}
