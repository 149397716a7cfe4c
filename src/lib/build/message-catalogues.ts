import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyMessages, missingMessages } from '../curriculum/translation-status.ts';

export interface InlangSettings {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string };
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

/** The inlang project's settings, read from `<projectDir>/project.inlang/settings.json`. */
export function inlangSettings(projectDir: string): InlangSettings {
	return readJson(join(projectDir, 'project.inlang', 'settings.json')) as unknown as InlangSettings;
}

/** A locale's message file (an empty catalogue when the locale has no file yet). */
export function messageCatalogue(projectDir: string, locale: string): Record<string, unknown> {
	const pattern = inlangSettings(projectDir)['plugin.inlang.messageFormat'].pathPattern;
	try {
		return readJson(join(projectDir, pattern.replace('{locale}', locale)));
	} catch {
		return {};
	}
}

/** The paths of every locale's message file, so a build can watch them. */
export function messageFiles(projectDir: string): string[] {
	const settings = inlangSettings(projectDir);
	const pattern = settings['plugin.inlang.messageFormat'].pathPattern;
	return settings.locales.map((locale) => join(projectDir, pattern.replace('{locale}', locale)));
}

/** For each locale but the base one, the message keys it lacks and shows in the base locale. */
export function untranslatedMessages(projectDir: string): Record<string, string[]> {
	const settings = inlangSettings(projectDir);
	const base = messageCatalogue(projectDir, settings.baseLocale);
	return Object.fromEntries(
		settings.locales
			.filter((locale) => locale !== settings.baseLocale)
			.map((locale) => [locale, missingMessages(base, messageCatalogue(projectDir, locale))])
	);
}

/** For each locale but the base one, the message keys it gives an empty text. */
export function emptyTranslations(projectDir: string): Record<string, string[]> {
	const settings = inlangSettings(projectDir);
	return Object.fromEntries(
		settings.locales
			.filter((locale) => locale !== settings.baseLocale)
			.map((locale) => [locale, emptyMessages(messageCatalogue(projectDir, locale))])
	);
}

/**
 * For each locale but the base one, the base locale's texts of the messages it lacks that take
 * no parameters: what a page shows in their place, so a text picked at run time (a label map)
 * can be recognised as a fallback by its value.
 */
export function fallbackTexts(projectDir: string): Record<string, string[]> {
	const base = messageCatalogue(projectDir, inlangSettings(projectDir).baseLocale);
	return Object.fromEntries(
		Object.entries(untranslatedMessages(projectDir)).map(([locale, keys]) => [
			locale,
			keys.flatMap((key) => {
				const text = base[key];
				return typeof text === 'string' && !text.includes('{') ? [text] : [];
			})
		])
	);
}
