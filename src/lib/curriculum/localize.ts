import { LOCALES, type Locale, type Text } from './types';

/** A content type with every `Text` replaced by the string of one language. */
export type Localized<T> = T extends Text
	? string
	: T extends readonly (infer U)[]
		? Localized<U>[]
		: T extends object
			? { [K in keyof T]: Localized<T[K]> }
			: T;

function isText(value: object): value is Text {
	const keys = Object.keys(value);
	return (
		keys.length === LOCALES.length &&
		LOCALES.every((locale) => typeof (value as Record<string, unknown>)[locale] === 'string')
	);
}

/**
 * Picks one language out of content, deeply, so a page sends the browser only the text it shows.
 */
export function localize<T>(content: T, locale: Locale): Localized<T> {
	if (Array.isArray(content)) return content.map((item) => localize(item, locale)) as Localized<T>;
	if (content !== null && typeof content === 'object') {
		if (isText(content)) return content[locale] as Localized<T>;
		return Object.fromEntries(
			Object.entries(content).map(([key, value]) => [key, localize(value, locale)])
		) as Localized<T>;
	}
	return content as Localized<T>;
}
