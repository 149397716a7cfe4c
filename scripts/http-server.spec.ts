import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { FALLBACK_CSP, SECURITY_HEADERS } from '../src/lib/security-headers.js';
import { KEEP_ALIVE_MS, LISTEN_BACKLOG, createAppServer } from './http-server.js';

let server: Server | undefined;
afterEach(async () => {
	await new Promise((done) => server?.close(done) ?? done(undefined));
	server = undefined;
});

async function listen(s: Server): Promise<string> {
	await new Promise<void>((done) => s.listen({ port: 0, host: '127.0.0.1' }, done));
	return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

describe('the production HTTP server', () => {
	it('queues 2,048 connections and keeps idle ones 65 s, headers a second longer', () => {
		expect(LISTEN_BACKLOG).toBe(2048);
		expect(KEEP_ALIVE_MS).toBe(65_000);
		server = createAppServer(() => {}, { direct: false });
		expect(server.keepAliveTimeout).toBe(65_000);
		expect(server.headersTimeout).toBe(66_000);
		expect(server.requestTimeout).toBe(120_000);
	});

	it('is listened on with that backlog by npm start', () => {
		// start.js serves on import, so its listen call is read rather than run.
		const start = readFileSync(new URL('./start.js', import.meta.url), 'utf8');
		expect(start).toMatch(/server\.listen\(\{ port, host, backlog: LISTEN_BACKLOG \}/);
	});

	it('puts the security headers and the fallback policy on every response; a page keeps its own', async () => {
		server = createAppServer(
			(req, res) => {
				if (req.url === '/page') res.setHeader('Content-Security-Policy', "default-src 'self'");
				res.end(req.headers['x-forwarded-proto'] ?? 'none');
			},
			{ direct: true }
		);
		const base = await listen(server);
		const plain = await fetch(`${base}/static.png`, { headers: { 'x-forwarded-proto': 'https' } });
		for (const [name, value] of Object.entries(SECURITY_HEADERS))
			expect(plain.headers.get(name), name).toBe(value);
		expect(plain.headers.get('content-security-policy')).toBe(FALLBACK_CSP);
		// Direct: this server is the edge, so a client's protocol header is overwritten.
		expect(await plain.text()).toBe('http');
		const page = await fetch(`${base}/page`);
		expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
		expect(page.headers.get('x-frame-options')).toBe('DENY');
	});
});
