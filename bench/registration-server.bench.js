// Benchmark: the public registration endpoint under load, on loopback, with autocannon.
// Starts the built app on a fresh database (the demo event open), takes one real form ticket from
// the event page (and waits the form's minimum time), then posts registrations to
// /events/day-of-ai-demo?/register as the enhanced form does (`x-sveltekit-action`), each with a
// new address except every tenth, which repeats an earlier one in capitals (an update, not a new
// row). Records throughput, p50/p95/p99 latency, errors and server CPU, then checks the database:
// one row per distinct address that got a success, none lost, none twice.
// Usage: node bench/registration-server.bench.js [--amount 10000] [--connections 16]
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { parseArgs } from 'node:util';
import { machine, percentile, startServer, writeRecord } from './lib.js';

const { values } = parseArgs({
	options: {
		amount: { type: 'string', default: '10000' },
		connections: { type: 'string', default: '16' },
		port: { type: 'string', default: '4497' }
	}
});
const TARGET_PER_SECOND = 500;
const server = await startServer({
	port: Number(values.port),
	password: 'bench-demo-password',
	// One loopback address sends every registration here; the per-address rule still applies.
	env: { REGISTRATION_MAX_PER_IP: '100000000', REGISTRATION_MIN_SECONDS: '1' }
});
const base = server.base;
const path = '/events/day-of-ai-demo';

const page = await (await fetch(`${base}${path}`)).text();
const ticket = /name="ticket" value="([^"]+)"/.exec(page)?.[1];
if (!ticket) throw new Error('no form ticket on the event page');
await new Promise((resolve) => setTimeout(resolve, 1_100));

let sent = 0;
const succeeded = new Set();
let failures = 0;
const latencies = [];
const COUNTRIES = ['US', 'IN', 'BR', 'NG', 'ES', 'MX', 'KE', 'PH', 'GB', 'UY'];
const body = (email, k) =>
	new URLSearchParams({
		name: `Teacher ${k}`,
		email,
		role: 'teacher',
		organisation: `School ${k % 997}`,
		country: COUNTRIES[k % COUNTRIES.length],
		region: '',
		gradeBands: ['3-5', '6-8', '9-12'][k % 3],
		expectedStudents: String(k % 250),
		language: k % 2 ? 'es' : 'en',
		ticket
	}).toString();

const cpuBefore = server.cpuSeconds();
const instance = autocannon({
	url: base,
	connections: Number(values.connections),
	// A fixed number of requests, every one answered: the check below counts them all.
	amount: Number(values.amount),
	requests: [
		{
			method: 'POST',
			path: `${path}?/register`,
			headers: {
				origin: base,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded'
			},
			setupRequest(request, context) {
				const k = sent++;
				// Every tenth registration is an earlier address again, in capitals: an update.
				const address =
					k % 10 === 9 && k > 20 ? `bench-${k - 15}@school.example` : `bench-${k}@school.example`;
				context.address = address;
				return { ...request, body: body(k % 10 === 9 ? address.toUpperCase() : address, k) };
			},
			onResponse(status, responseBody, context) {
				if (status === 200 && responseBody.includes('"type":"success"'))
					succeeded.add(context.address);
				else failures++;
			}
		}
	]
});
// Every request's time, for exact percentiles (autocannon's own summary has no p95).
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
const result = await instance;
const cpu = server.cpuSeconds() - cpuBefore;
latencies.sort((a, b) => a - b);
const db = new Database(server.databasePath, { readonly: true });
const rows = db
	.prepare(
		`select count(*) as n, count(distinct email_key) as distinct_keys from event_registrations r
		 join events e on e.id = r.event_id where e.slug = 'day-of-ai-demo' and email_key like 'bench-%'`
	)
	.get();
db.close();
await server.stop();

const perSecond = result.requests.total / result.duration;
const record = {
	...machine(),
	seconds: +result.duration.toFixed(1),
	connections: Number(values.connections),
	requests: result.requests.total,
	per_second: +perSecond.toFixed(1),
	target_per_second: TARGET_PER_SECOND,
	meets_target: perSecond >= TARGET_PER_SECOND,
	latency_ms: {
		p50: +percentile(latencies, 50).toFixed(2),
		p95: +percentile(latencies, 95).toFixed(2),
		p99: +percentile(latencies, 99).toFixed(2),
		max: +latencies.at(-1).toFixed(2)
	},
	errors: result.errors,
	timeouts: result.timeouts,
	non_2xx: result.non2xx,
	refused_by_the_app: failures,
	server_cpu_ms_per_request: +((cpu * 1000) / Math.max(1, result.requests.total)).toFixed(2),
	distinct_addresses_registered: succeeded.size,
	rows_stored: rows.n,
	rows_distinct: rows.distinct_keys,
	no_lost_or_duplicated_rows: rows.n === succeeded.size && rows.distinct_keys === rows.n
};
console.log(record);
if (!record.no_lost_or_duplicated_rows)
	throw new Error(
		`rows stored ${rows.n} (${rows.distinct_keys} distinct) for ${succeeded.size} addresses`
	);
writeRecord('registration-server', record);
