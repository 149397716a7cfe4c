import type { Plugin } from 'vite';
import { parseContentFile } from '../curriculum/content-format.ts';

/**
 * Turns each lesson Markdown file under src/lib/curriculum into a module of its parsed content,
 * when the app is built (and when tests load it). A malformed file fails the build with
 * "<file>:<line>: <what is wrong>".
 */
export function lessonContent(): Plugin {
	return {
		name: 'day-of-ai:lesson-content',
		enforce: 'pre',
		transform(source, id) {
			const path = id.split('?')[0]!.replaceAll('\\', '/');
			if (!path.endsWith('.md') || !path.includes('/src/lib/curriculum/')) return null;
			const file = path.slice(path.lastIndexOf('/src/lib/curriculum/') + 1);
			const doc = parseContentFile(source, file);
			return { code: `export default ${JSON.stringify(doc)};`, map: null };
		}
	};
}
