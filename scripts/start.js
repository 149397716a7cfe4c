// `npm start`: build the app when the build is missing or older than the sources, then serve it.
// Migrations and demo seeding run inside the server's start-up hook (src/lib/server/startup.ts).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_INPUTS, builtAt as lastBuildAt, needsBuild, newestMtime } from './build-stamp.js';
import { LISTEN_BACKLOG } from './http-server.js';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'build', '.built-at');
const builtAt = lastBuildAt(join(root, 'build'));
const sourcesAt = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(root, input))));

if (needsBuild(sourcesAt, builtAt)) {
	console.log(builtAt ? 'Sources changed since the last build: rebuilding…' : 'Building the app…');
	execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
		cwd: root,
		stdio: 'inherit'
	});
	writeFileSync(stamp, new Date().toISOString() + '\n');
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Served directly over plain HTTP (a laptop, a school LAN), adapter-node would assume https when
// it is not told the origin, and SvelteKit's CSRF check would refuse every form. Then this server
// *is* the edge: it states the protocol itself (overwriting anything a client sent) and the origin
// follows the Host header, whatever address the tablets use. Behind a proxy (ORIGIN or
// PROTOCOL_HEADER set), the proxy's word is taken as adapter-node documents.
const direct = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (direct) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';

// The organizers' CSV import takes files up to 5 MB (`MAX_IMPORT_BYTES`); adapter-node refuses
// bodies over 512 KB unless told otherwise. Every JSON endpoint keeps its own, smaller limit.
process.env.BODY_SIZE_LIMIT ??= '6M';

const { createAppServer } = await import('./http-server.js');
const { handler } = await import(pathToFileURL(join(root, 'build', 'handler.js')).href);
const server = createAppServer(handler, { direct });
server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
	const shown = host === '0.0.0.0' ? 'localhost' : host;
	console.log(`Day of AI Classroom is running at http://${shown}:${port}`);
});
const stop = () => {
	server.close(() => process.exit(0));
	// Idle keep-alive connections would hold the close open; open streams get a moment.
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
