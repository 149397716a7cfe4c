import { BASE_LOCALE, type Locale, type LessonText } from './types';

/**
 * Which of an object's texts are shown in the base locale because the visitor's locale lacks
 * them: a key ("title"), or a key and an index for a list of texts ("body.2"). Absent when every
 * text of the object is translated.
 */
export interface Fallbacks {
	fallback?: string[];
}

/** A content type with every text (`LessonText`) replaced by the string of one language. */
export type Localized<T> = T extends LessonText
	? string
	: T extends readonly (infer U)[]
		? Localized<U>[]
		: T extends object
			? { [K in keyof T]: Localized<T[K]> } & Fallbacks
			: T;

/** A text is an object with a base-locale string, and strings only (no content object has one). */
function isText(value: object): value is LessonText {
	return (
		typeof (value as Record<string, unknown>)[BASE_LOCALE] === 'string' &&
		Object.values(value).every((text) => typeof text === 'string')
	);
}

/** The text in the locale, and whether it had to fall back to the base locale. */
function pick(text: LessonText, locale: Locale): { text: string; fellBack: boolean } {
	const translated = text[locale];
	return translated === undefined
		? { text: text.en, fellBack: true }
		: { text: translated, fellBack: false };
}

/**
 * Picks one language out of content, deeply, so a page sends the browser only the text it shows.
 * A text the locale lacks falls back to the base locale, and its object lists it in `fallback`.
 */
export function localize<T>(content: T, locale: Locale): Localized<T> {
	if (Array.isArray(content)) return content.map((item) => localize(item, locale)) as Localized<T>;
	if (content === null || typeof content !== 'object') return content as Localized<T>;
	if (isText(content)) return pick(content, locale).text as Localized<T>;
	const fallback: string[] = [];
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(content)) {
		if (value !== null && typeof value === 'object' && !Array.isArray(value) && isText(value)) {
			const { text, fellBack } = pick(value, locale);
			if (fellBack) fallback.push(key);
			result[key] = text;
		} else if (Array.isArray(value) && value.every((item) => item && isText(item))) {
			result[key] = (value as LessonText[]).map((item, index) => {
				const { text, fellBack } = pick(item, locale);
				if (fellBack) fallback.push(`${key}.${index}`);
				return text;
			});
		} else result[key] = localize(value, locale);
	}
	if (fallback.length > 0) result.fallback = fallback;
	return result as Localized<T>;
}

/**
 * The `lang` attribute for one of an object's texts: the base locale when it fell back to it
 * (so a screen reader pronounces it right), otherwise none, the page's language applies.
 */
export function fallbackLang(
	content: Fallbacks | null | undefined,
	key: string,
	index?: number
): typeof BASE_LOCALE | undefined {
	const path = index === undefined ? key : `${key}.${index}`;
	return content?.fallback?.includes(path) ? BASE_LOCALE : undefined;
}
