// The production HTTP server around SvelteKit's handler: the security headers on every response
// (static files and the service worker included, which SvelteKit's hooks never see) and the
// connection settings measured by bench/burst.bench.js.
import { createServer } from 'node:http';
import { FALLBACK_CSP, SECURITY_HEADERS } from '../src/lib/security-headers.js';

/**
 * Connections the kernel may queue before the app accepts them. A school's tablets opening the app
 * at once, or a class behind one proxy, is a burst; Linux caps this at net.core.somaxconn.
 */
export const LISTEN_BACKLOG = 2048;
/** Longer than the usual proxy's idle timeout (60 s), so the proxy closes first, never mid-request. */
export const KEEP_ALIVE_MS = 65_000;

/**
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void} handler
 * @param {{ direct: boolean }} options `direct`: this server is the edge, on plain HTTP
 */
export function createAppServer(handler, { direct }) {
	const server = createServer(
		{
			keepAliveTimeout: KEEP_ALIVE_MS,
			// Headers must arrive a little after keep-alive ends (Node's own advice).
			headersTimeout: KEEP_ALIVE_MS + 1000,
			// A whole request within 2 minutes (a big batch on slow school Wi-Fi fits); a slow
			// sender cannot hold a connection forever.
			requestTimeout: 120_000,
			noDelay: true
		},
		(req, res) => {
			if (direct) req.headers['x-forwarded-proto'] = 'http';
			// Set before the handler writes: headers it sets itself (a page's full policy) win.
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
			res.setHeader('Content-Security-Policy', FALLBACK_CSP);
			handler(req, res);
		}
	);
	return server;
}
