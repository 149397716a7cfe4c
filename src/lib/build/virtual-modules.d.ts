declare module 'virtual:untranslated-messages' {
	/** What each locale lacks of the base catalogue: see `fallbackTexts` and `untranslatedMessages`. */
	const catalogue: import('../i18n/fallback-lang').FallbackCatalogue;
	export default catalogue;
}
