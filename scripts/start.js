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

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

if (process.env.ORIGIN || process.env.PROTOCOL_HEADER) {
	// Behind a proxy that says where requests come from: adapter-node's own server as configured.
	await import(pathToFileURL(join(root, 'build', 'index.js')).href);
} else {
	// Served directly over plain HTTP (a laptop, a school LAN). adapter-node assumes https when it
	// is not told the origin, which would make SvelteKit's CSRF check refuse every form. This
	// server *is* the edge, so it states the protocol itself (overwriting anything a client sent)
	// and the origin follows the Host header, whatever address the tablets use.
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	const { createServer } = await import('node:http');
	const { handler } = await import(pathToFileURL(join(root, 'build', 'handler.js')).href);
	const server = createServer((req, res) => {
		req.headers['x-forwarded-proto'] = 'http';
		handler(req, res);
	});
	server.listen(port, host, () => {
		const shown = host === '0.0.0.0' ? 'localhost' : host;
		console.log(`Day of AI Classroom is running at http://${shown}:${port}`);
	});
	const stop = () => server.close(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
