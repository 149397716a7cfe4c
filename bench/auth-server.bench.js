// Benchmark: what one server process costs per signed-in page view and per log-in.
// Starts the built app (`node scripts/start.js`) on loopback with a fresh database, then:
//   1. signed-in page views: GET /teach (session lookup + sliding expiry + SSR) at fixed concurrency
//   2. log-ins: POST /login (argon2id verification) at fixed concurrency
// Records p50/p95/p99 latency, throughput, errors and server CPU time. Bounded in count and time.
// Usage: node bench/auth-server.bench.js [--views 4000] [--logins 200]
import { parseArgs } from 'node:util';
import { machine, percentile, startServer, writeRecord } from './lib.js';

const { values } = parseArgs({
	options: {
		views: { type: 'string', default: '4000' },
		logins: { type: 'string', default: '200' },
		port: { type: 'string', default: '4390' }
	}
});
const password = 'bench-demo-password';
const server = await startServer({ port: Number(values.port), password });
const base = server.base;
const serverCpuSeconds = server.cpuSeconds;

async function run(name, total, concurrency, request) {
	const latencies = [];
	let errors = 0;
	let next = 0;
	const cpuBefore = serverCpuSeconds();
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) {
				next++;
				const t = performance.now();
				const ok = await request().catch(() => false);
				latencies.push(performance.now() - t);
				if (!ok) errors++;
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	const cpu = serverCpuSeconds() - cpuBefore;
	latencies.sort((a, b) => a - b);
	const result = {
		name,
		requests: total,
		concurrency,
		errors,
		p50_ms: +percentile(latencies, 50).toFixed(2),
		p95_ms: +percentile(latencies, 95).toFixed(2),
		p99_ms: +percentile(latencies, 99).toFixed(2),
		per_second: +(total / seconds).toFixed(1),
		server_cpu_ms_per_request: +((cpu * 1000) / total).toFixed(2)
	};
	console.log(result);
	return result;
}

const origin = {
	origin: base,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
};
const body = new URLSearchParams({ email: 'teacher@demo.dayofai.test', password }).toString();
const first = await fetch(`${base}/login`, {
	method: 'POST',
	headers: origin,
	body,
	redirect: 'manual'
});
// The session cookie among the others the log-in sets (the first is not always it).
const cookie =
	first.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.find((pair) => pair.startsWith('session=')) ?? '';
if (!cookie.startsWith('session=')) throw new Error(`log-in failed: ${first.status}`);

const results = [];
try {
	results.push(
		await run('signed-in page view (GET /teach)', Number(values.views), 20, async () => {
			const response = await fetch(`${base}/teach`, { headers: { cookie } });
			await response.arrayBuffer();
			return response.status === 200;
		})
	);
	results.push(
		await run('log-in (POST /login, argon2id)', Number(values.logins), 4, async () => {
			const response = await fetch(`${base}/login`, {
				method: 'POST',
				headers: origin,
				body,
				redirect: 'manual'
			});
			await response.arrayBuffer();
			return response.status === 303;
		})
	);
} finally {
	await server.stop();
}

writeRecord('auth-server', { ...machine(), results });
