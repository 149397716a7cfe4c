import { z } from 'zod';
import { LOCALES, type Locale, type Text } from '../curriculum/types';

/**
 * An activity's texts, one JSON file per locale in its `content/` folder (`en.json`, `es.json`).
 * English is complete and checked against the activity's schema; another locale may lack texts
 * (a translation rolled out in stages): each missing or empty text falls back to English. A file
 * with a key English does not have, or a text that is not a string, fails at import with the file
 * and the key, so a translator's typo cannot pass silently.
 */
export function localizedContent<S extends z.ZodType>(
	folder: string,
	schema: S,
	files: Record<string, unknown>
): Record<Locale, z.output<S>> {
	const fileOf = (locale: string) =>
		Object.entries(files).find(([path]) => path.endsWith(`/${locale}.json`));
	const english = fileOf('en');
	if (!english) throw new Error(`${folder}/content/en.json is missing.`);
	const checked = schema.safeParse(english[1]);
	if (!checked.success)
		throw new Error(`${folder}/content/en.json: ${z.prettifyError(checked.error)}`);
	for (const [path] of Object.entries(files)) {
		const locale = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
		if (!(LOCALES as readonly string[]).includes(locale))
			throw new Error(`${folder}/content/${locale}.json: no such locale (${LOCALES.join(', ')}).`);
	}
	const result = {} as Record<Locale, z.output<S>>;
	for (const locale of LOCALES) {
		const file = fileOf(locale);
		result[locale] = (
			file && locale !== 'en'
				? withFallback(english[1], file[1], `${folder}/content/${locale}.json`, '')
				: checked.data
		) as z.output<S>;
	}
	return result;
}

/** `translated` over `english`, text by text: what is missing or empty stays English. */
function withFallback(english: unknown, translated: unknown, file: string, path: string): unknown {
	if (typeof english === 'string') {
		if (translated === undefined) return english;
		if (typeof translated !== 'string') throw new Error(`${file}: ${path} is not a text.`);
		return translated.trim() ? translated : english;
	}
	if (english && typeof english === 'object') {
		if (translated === undefined) return english;
		if (!translated || typeof translated !== 'object' || Array.isArray(translated))
			throw new Error(`${file}: ${path || 'the file'} is not an object.`);
		for (const key of Object.keys(translated))
			if (!Object.hasOwn(english, key))
				throw new Error(`${file}: ${path ? `${path}.` : ''}${key} is not in en.json.`);
		return Object.fromEntries(
			Object.entries(english).map(([key, value]) => [
				key,
				withFallback(
					value,
					(translated as Record<string, unknown>)[key],
					file,
					path ? `${path}.${key}` : key
				)
			])
		);
	}
	return english;
}

/** One text in every locale, picked out of localized content. */
export function textOf<C>(content: Record<Locale, C>, pick: (content: C) => string): Text {
	return Object.fromEntries(LOCALES.map((locale) => [locale, pick(content[locale])])) as Text;
}
