import catalogue from 'virtual:untranslated-messages';
import { baseLocale, getLocale } from '#lib/paraglide/runtime';
import { createFallbackLang } from './fallback-lang';

/**
 * The language of an interface text the current locale lacks (the base locale, whose text
 * Paraglide shows instead), else undefined: `lang={messageLang(key)}` marks a fallback and leaves
 * a translated text unmarked. The message-fallbacks build step adds these to components.
 */
export const { messageLang, textLang } = createFallbackLang(catalogue, baseLocale, () =>
	getLocale()
);
