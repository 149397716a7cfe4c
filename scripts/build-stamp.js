// When `npm start` rebuilds: only when the build is missing or a source is newer than its stamp.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build depends on, relative to the repository root. */
export const BUILD_INPUTS = [
	'src',
	'static',
	'messages',
	'drizzle',
	'project.inlang/settings.json',
	'vite.config.ts',
	'package.json',
	'package-lock.json'
];
/** Folders inside the inputs that the build writes or never reads. */
export const IGNORED_ENTRIES = new Set(['node_modules', 'paraglide', 'cache']);

/**
 * The newest modification time under `path` (a file or a folder, walked), 0 when it does not exist.
 * @param {string} path
 * @returns {number}
 */
export function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (IGNORED_ENTRIES.has(entry)) continue;
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

/**
 * When the last build finished: the stamp's modification time, 0 when the stamp or the built
 * server is missing.
 * @param {string} buildDir
 * @returns {number}
 */
export function builtAt(buildDir) {
	const stamp = join(buildDir, '.built-at');
	return existsSync(stamp) && existsSync(join(buildDir, 'index.js')) ? statSync(stamp).mtimeMs : 0;
}

/**
 * Whether to build: a source is newer than the last build, or there is no build (`builtAt` 0).
 * @param {number} sourcesAt newest modification time of the sources
 * @param {number} lastBuiltAt modification time of the build's stamp, 0 when there is no build
 * @returns {boolean}
 */
export function needsBuild(sourcesAt, lastBuiltAt) {
	return sourcesAt > lastBuiltAt;
}
