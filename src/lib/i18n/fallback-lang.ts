export interface FallbackCatalogue {
	/** For each locale, the message keys it lacks. */
	keys: Record<string, readonly string[]>;
	/** For each locale, the base locale's texts shown for the keys it lacks that take no parameters. */
	texts: Record<string, readonly string[]>;
}

const bySet = (lists: Record<string, readonly string[]>) =>
	new Map(Object.entries(lists).map(([locale, list]) => [locale, new Set(list)]));

/**
 * The language of a text the current locale lacks and shows in the base locale instead, else
 * undefined: `messageLang(key)` for a message named in the markup, `textLang(value)` for a text
 * that reached it from code (a label map, a prop).
 */
export function createFallbackLang(
	catalogue: FallbackCatalogue,
	baseLocale: string,
	getLocale: () => string
) {
	const keys = bySet(catalogue.keys);
	const texts = bySet(catalogue.texts);
	return {
		messageLang: (key: string): string | undefined =>
			keys.get(getLocale())?.has(key) ? baseLocale : undefined,
		textLang: (value: unknown): string | undefined =>
			typeof value === 'string' && texts.get(getLocale())?.has(value) ? baseLocale : undefined
	};
}
