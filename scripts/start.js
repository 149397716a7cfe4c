// `npm start`: build the app when the build is missing or older than the sources, then serve it.
// Migrations and demo seeding run inside the server's start-up hook (src/lib/server/startup.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'build', '.built-at');
const inputs = [
	'src',
	'static',
	'messages',
	'drizzle',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'package-lock.json'
];
const ignored = new Set(['node_modules', 'paraglide', 'cache']);

/** @param {string} path @returns {number} */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (ignored.has(entry)) continue;
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

const builtAt =
	existsSync(stamp) && existsSync(join(root, 'build', 'index.js')) ? statSync(stamp).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map((input) => newestMtime(join(root, input))));

if (sourcesAt > builtAt) {
	console.log(builtAt ? 'Sources changed since the last build: rebuilding…' : 'Building the app…');
	execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
		cwd: root,
		stdio: 'inherit'
	});
	writeFileSync(stamp, new Date().toISOString() + '\n');
}

process.env.PORT ??= '3000';
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER) {
	const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost';
	console.log(`Day of AI Classroom: http://${host}:${process.env.PORT}`);
}
await import(pathToFileURL(join(root, 'build', 'index.js')).href);
