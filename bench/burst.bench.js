// Benchmark: a burst of new connections, as when a school's tablets all open the app at once.
// Starts the built app (`node scripts/start.js`, whose server sets its listen backlog and
// keep-alive) on loopback with a fresh database and, as the baseline in the same run, a bare Node
// HTTP server with Node's defaults that answers a fixed 2 KB page: what the machine and Node
// themselves cost for the same burst. Then, for each target, --bursts times: --connections
// sockets are opened at the same moment, each sends one GET; once all have answered, each socket
// sends a second GET on the same connection (keep-alive). Records connect time, time to the
// response and its end, errors, and how many second requests reused their connection.
// Bounded: at most bursts x connections x 2 requests per target, each with a 30 s timeout.
// Usage: node bench/burst.bench.js [--connections 200] [--bursts 5] [--port 4393]
import { createServer, Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { machine, percentile, startServer, writeRecord } from './lib.js';

const { values } = parseArgs({
	options: {
		connections: { type: 'string', default: '200' },
		bursts: { type: 'string', default: '5' },
		port: { type: 'string', default: '4393' }
	}
});
const connections = Number(values.connections);
const bursts = Number(values.bursts);
const port = Number(values.port);
if (!(connections > 0 && bursts > 0 && port > 0)) throw new Error('positive numbers, please');
const TIMEOUT_MS = 30_000;

/** One GET on `agent`: { connectMs, responseMs, endMs, reused, ok }; times from the call. */
function get(base, path, agent) {
	return new Promise((resolve) => {
		const started = performance.now();
		let connectMs = null;
		const req = request(`${base}${path}`, { agent, headers: { accept: 'text/html' } }, (res) => {
			const responseMs = performance.now() - started;
			res.resume();
			res.on('end', () =>
				resolve({
					ok: res.statusCode === 200,
					status: res.statusCode,
					connectMs,
					responseMs,
					endMs: performance.now() - started,
					reused: req.reusedSocket
				})
			);
		});
		req.on('socket', (socket) => {
			if (!socket.connecting) return;
			socket.once('connect', () => (connectMs = performance.now() - started));
		});
		req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
		req.on('error', (error) =>
			resolve({ ok: false, error: error.message, endMs: performance.now() - started })
		);
		req.end();
	});
}

const ms = (v) => (v === null || v === undefined ? null : +v.toFixed(1));
function summary(results, field) {
	const sorted = results
		.map((r) => r[field])
		.filter((v) => typeof v === 'number')
		.sort((a, b) => a - b);
	return {
		p50: ms(percentile(sorted, 50)),
		p95: ms(percentile(sorted, 95)),
		p99: ms(percentile(sorted, 99)),
		max: ms(sorted.at(-1)),
		over1s: sorted.filter((v) => v > 1000).length,
		over5s: sorted.filter((v) => v > 5000).length
	};
}

async function burst(base, path) {
	const agent = new Agent({
		keepAlive: true,
		maxSockets: connections,
		maxFreeSockets: connections
	});
	const first = await Promise.all(
		Array.from({ length: connections }, () => get(base, path, agent))
	);
	const second = await Promise.all(
		Array.from({ length: connections }, () => get(base, path, agent))
	);
	agent.destroy();
	return { first, second };
}

async function measure(name, base, path) {
	const first = [];
	const second = [];
	for (let i = 0; i < bursts; i++) {
		const result = await burst(base, path);
		first.push(...result.first);
		second.push(...result.second);
		await new Promise((r) => setTimeout(r, 500));
	}
	const record = {
		target: name,
		path,
		requests: first.length + second.length,
		errors: [...first, ...second].filter((r) => !r.ok).length,
		firstRequest: {
			connect: summary(first, 'connectMs'),
			response: summary(first, 'responseMs'),
			end: summary(first, 'endMs')
		},
		secondRequest: {
			reusedConnection: second.filter((r) => r.reused).length,
			end: summary(second, 'endMs')
		}
	};
	const f = record.firstRequest;
	console.log(
		`${name.padEnd(28)} ${path.padEnd(14)} errors ${record.errors}  connect p99 ${f.connect.p99} ms max ${f.connect.max}  ` +
			`response p50 ${f.response.p50} p95 ${f.response.p95} p99 ${f.response.p99} max ${f.response.max} ms (>1 s: ${f.response.over1s}, >5 s: ${f.response.over5s})  ` +
			`reused ${record.secondRequest.reusedConnection}/${second.length}, 2nd p95 ${record.secondRequest.end.p95} ms`
	);
	return record;
}

// The baseline: Node's own HTTP server with its defaults and a fixed page, in its own process
// would be fairer to the app; in this process it shares the client's event loop, so it is a floor.
const page = Buffer.from(`<!doctype html><title>baseline</title>${'<p>x</p>'.repeat(250)}`);
const baseline = createServer((_req, res) => {
	res.writeHead(200, { 'content-type': 'text/html', 'content-length': page.length });
	res.end(page);
});
await new Promise((resolve) => baseline.listen(port + 1, '127.0.0.1', resolve));

const server = await startServer({ port, password: 'bench-demo-password' });
const results = [];
try {
	results.push(await measure('baseline (bare node:http)', `http://127.0.0.1:${port + 1}`, '/'));
	for (const path of ['/', '/join', '/favicon.svg'])
		results.push(await measure('app (scripts/start.js)', server.base, path));
} finally {
	await server.stop();
	baseline.close();
}

writeRecord('burst', { ...machine(), connections, bursts, results });
