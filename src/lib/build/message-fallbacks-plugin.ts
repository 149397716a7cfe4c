import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { markFallbackMessages } from './mark-fallback-messages.ts';
import { fallbackTexts, messageFiles, untranslatedMessages } from './message-catalogues.ts';

const VIRTUAL = 'virtual:untranslated-messages';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * Interface messages a locale lacks fall back to the base locale (Paraglide does that); this
 * marks them with its `lang`. It provides `virtual:untranslated-messages` (per locale, the keys it
 * lacks and the texts shown instead, read from the inlang project in projectDir) and marks the
 * texts the app's components render (see markFallbackMessages) before Svelte compiles them.
 */
export function messageFallbacks(projectDir = '.'): Plugin {
	const read = () => {
		const catalogue = { keys: untranslatedMessages(projectDir), texts: fallbackTexts(projectDir) };
		return {
			catalogue,
			json: JSON.stringify(catalogue),
			untranslated: new Set(Object.values(catalogue.keys).flat()),
			byValue: Object.values(catalogue.texts).some((texts) => texts.length > 0)
		};
	};
	let state = read();
	const catalogues = new Set(messageFiles(projectDir).map((file) => resolve(file)));
	return {
		name: 'day-of-ai:message-fallbacks',
		enforce: 'pre',
		resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
		load(id) {
			if (id !== RESOLVED) return null;
			for (const file of catalogues) this.addWatchFile(file);
			return `export default ${state.json};`;
		},
		transform(source, id) {
			// Only the component itself: "?svelte&type=style" and the like are parts of it.
			if (!id.endsWith('.svelte') || id.includes('/node_modules/')) return null;
			return markFallbackMessages(source, id, state);
		},
		handleHotUpdate({ file, server }) {
			if (!catalogues.has(resolve(file))) return;
			const next = read();
			if (next.json === state.json) return;
			state = next;
			server.moduleGraph.invalidateAll();
			server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
}
