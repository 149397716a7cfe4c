// Benchmark: a classroom of tablets saving progress while the teacher watches the live grid.
// Starts the built app (`node scripts/start.js`) on loopback with a fresh database, sets up
// classes and students through the real HTTP app (teacher log-in, class form, assign form, the
// students' join flow), then:
//   1. headline: 35 tablets each POSTing /api/progress every 2 s, plus the teacher's grid stream
//      (server-sent events), for --minutes
//   2. capacity ramp: more and more tablets (classes of --class-size, one teacher stream per class),
//      --step-seconds per step, until p95 reaches 100 ms or anything fails
// Records p50/p95/p99/max POST latency, errors, server CPU, grid messages and the delay from a
// POST to the teacher's next grid message. Bounded in time; stops the server in every case.
// Usage: node bench/progress-server.bench.js [--minutes 3] [--ramp 35,70,140,...]
//        [--step-seconds 30] [--class-size 35] [--port 4391]
//        [--database sqlite|postgres] [--postgres-url URL] [--processes 1] [--record NAME]
// On PostgreSQL (a fresh database on the server of --postgres-url, dropped after) the app may
// run as several processes behind HAProxy on --port; each grid update's delay is then also
// split by whether the save was answered by the process holding the teacher's stream.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { machine, percentile, writeRecord } from './lib.js';
import {
	DEFAULT_POSTGRES_URL,
	SERVED_BY,
	machineCpuSeconds,
	startDeployment
} from './deployment.js';

const { values } = parseArgs({
	options: {
		minutes: { type: 'string', default: '3' },
		ramp: { type: 'string', default: '35,70,140,280,420,560,700,840,980,1120,1260,1400' },
		'step-seconds': { type: 'string', default: '30' },
		'class-size': { type: 'string', default: '35' },
		port: { type: 'string', default: '4391' },
		database: { type: 'string', default: 'sqlite' },
		'postgres-url': {
			type: 'string',
			default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL
		},
		processes: { type: 'string', default: '1' },
		record: { type: 'string', default: 'progress-server' }
	}
});
const database = values.database;
const processes = Number(values.processes);
if (!['sqlite', 'postgres'].includes(database)) throw new Error('--database: sqlite or postgres');
if (!(Number.isInteger(processes) && processes >= 1)) throw new Error('--processes: 1 or more');
const headlineSeconds = Number(values.minutes) * 60;
const ramp = values.ramp
	.split(',')
	.map((n) => Number(n.trim()))
	.filter((n) => n > 0);
const stepSeconds = Number(values['step-seconds']);
const classSize = Number(values['class-size']);
const port = Number(values.port);
if (!(headlineSeconds > 0 && stepSeconds > 0 && classSize > 0 && port > 0)) {
	throw new Error('--minutes, --step-seconds, --class-size and --port must be positive numbers');
}

const HEADLINE_STUDENTS = 35;
const SEND_EVERY_MS = 2000; // each tablet saves once every 2 s
const P95_BUDGET_MS = 100;
const JOIN_CONCURRENCY = 8; // students joining at once during set-up
const REQUEST_TIMEOUT_MS = 10_000; // a POST slower than this counts as an error
const GRID_SETTLE_MS = 1000; // after the last POST, time for the last coalesced grid update
const MODULE = 'what-is-ai';
const BAND = '6-8';
const AVATARS = ['fox', 'owl', 'cat', 'dog', 'panda', 'frog', 'lion', 'penguin'];

// Anything else busy on the machine skews the figures: keep its load average with the results.
const loadBefore = loadavg().map((n) => +n.toFixed(2));
if (loadBefore[0] > 0.5) {
	console.warn(
		`warning: load average ${loadBefore[0]} before the run; other work skews the figures`
	);
}
const password = 'bench-demo-password';

/** Grid streams still open: the server's graceful close waits for them, so they go first. */
const openStreams = new Set();
let server = null;
let base = '';

const ms = (value) => (value === null ? null : +value.toFixed(2));
const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

// --- set-up through the real app ------------------------------------------------------------------

/** POSTs a form the way a browser without JavaScript would (SvelteKit checks the origin). */
async function postForm(path, fields, cookie) {
	const response = await fetch(`${base}${path}`, {
		method: 'POST',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields).toString(),
		redirect: 'manual'
	});
	await response.arrayBuffer();
	return response;
}

/** The path a form action redirected to; anything but 303 is a failed set-up. */
function redirectedTo(response, what) {
	const location = response.headers.get('location');
	if (response.status !== 303 || !location) {
		throw new Error(`${what}: expected a 303 redirect, got ${response.status}`);
	}
	return new URL(location, base).pathname;
}

/** `name=value` of the named cookie from a response's Set-Cookie headers. */
function cookieFrom(response, name) {
	const found = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
	return found?.split(';')[0];
}

let teacherCookie = '';

/** A class of the demo teacher with the module assigned: { id, joinCode, assignmentId }. */
async function createClass(number) {
	const created = await postForm(
		'/teach/classes?/create',
		{ name: `Bench class ${number}`, band: BAND },
		teacherCookie
	);
	const id = redirectedTo(created, 'create class').split('/').pop();
	const assigned = await postForm(
		`/teach/classes/${id}?/assign`,
		{ module: `${MODULE}|${BAND}`, due: '' },
		teacherCookie
	);
	if (assigned.status !== 200) throw new Error(`assign: got ${assigned.status}`);
	// The class page shows the join code and links to the assignment's progress grid.
	const page = await fetch(`${base}/teach/classes/${id}`, { headers: { cookie: teacherCookie } });
	const html = await page.text();
	const joinCode = /data-testid="join-code">([A-Z0-9]+)</.exec(html)?.[1];
	const assignmentId = new RegExp(`/teach/classes/${id}/progress/([A-Za-z0-9_-]+)`).exec(html)?.[1];
	if (!joinCode || !assignmentId) throw new Error('class page: join code or assignment not found');
	return { id, joinCode, assignmentId, pendingPosts: [] };
}

/** One student joins like on a tablet: class code, new name, avatar. Returns their session. */
async function joinStudent(klass, name, avatar) {
	const codePage = redirectedTo(await postForm('/join', { code: klass.joinCode }), 'join code');
	const studentPage = redirectedTo(await postForm(`${codePage}?/new`, { name }), 'join name');
	const joined = await postForm(`${studentPage}?/avatar`, { avatar });
	redirectedTo(joined, 'join avatar');
	const cookie = cookieFrom(joined, 'student_session');
	if (!cookie) throw new Error('join: no student_session cookie');
	return { id: studentPage.split('/').pop(), klass, cookie, lesson: 0, step: 0, lap: 0 };
}

const classes = [];
const students = [];

/** Makes sure `count` students have joined, `classSize` to a class, JOIN_CONCURRENCY at a time. */
async function ensureStudents(count) {
	const started = performance.now();
	const from = students.length;
	while (classes.length < Math.ceil(count / classSize)) {
		classes.push(await createClass(classes.length + 1));
	}
	let next = from;
	await Promise.all(
		Array.from({ length: JOIN_CONCURRENCY }, async () => {
			while (next < count) {
				const i = next++;
				const klass = classes[Math.floor(i / classSize)];
				students[i] = await joinStudent(klass, `Tablet ${i + 1}`, AVATARS[i % AVATARS.length]);
			}
		})
	);
	if (count > from) {
		const seconds = (performance.now() - started) / 1000;
		console.log(`${count - from} students joined in ${seconds.toFixed(1)} s (${count} in all)`);
	}
}

// --- the tablets' events ---------------------------------------------------------------------------

/** The assignment's lessons and steps, taken from the grid the teacher's stream sends first. */
let lessons = [];

/**
 * The next batch a tablet sends: the student completes their next step; finishing a quiz also
 * reports the last answer and the score, like the lesson player. Ids follow the player's
 * `context|type|detail` form plus the lap, so every event is new.
 */
function nextEvents(student) {
	const lesson = lessons[student.lesson];
	const step = lesson.steps[student.step];
	const context = `${MODULE}/${BAND}/${lesson.slug}`;
	const at = new Date().toISOString();
	const item = (type, detail, event) => ({
		id: `${context}|${type}|${detail}|${student.lap}`,
		context,
		step: step.id,
		at,
		event: { type, ...event }
	});
	const events = [];
	if (step.kind === 'quiz') {
		const total = 3;
		const correct = Math.floor(Math.random() * (total + 1));
		const question = `${step.id}-q${total}`;
		events.push(item('answer', question, { question, choice: 'a', correct: Math.random() < 0.7 }));
		events.push(item('score', `${step.id}:${correct}/${total}`, { correct, total }));
	}
	events.push(item('step-completed', step.id, { step: step.id }));
	// Walk through every step of every lesson, then start over (a new lap, new ids).
	if (++student.step >= lesson.steps.length) {
		student.step = 0;
		if (++student.lesson >= lessons.length) {
			student.lesson = 0;
			student.lap++;
		}
	}
	return events;
}

// --- the teacher's live grid -----------------------------------------------------------------------

/**
 * Opens the grid stream of one class and parses its messages (`data: {json}\n\n`). Every message
 * after a POST was answered settles that POST's delay "until the teacher's screen".
 */
function openGridStream(klass, phase) {
	const controller = new AbortController();
	openStreams.add(controller);
	let resolveFirst;
	const first = new Promise((resolve) => (resolveFirst = resolve));
	const done = (async () => {
		const response = await fetch(
			`${base}/teach/classes/${klass.id}/progress/${klass.assignmentId}/stream`,
			{ headers: { cookie: teacherCookie, accept: 'text/event-stream' }, signal: controller.signal }
		);
		if (
			response.status !== 200 ||
			!response.headers.get('content-type')?.startsWith('text/event-stream')
		) {
			throw new Error(`grid stream: got ${response.status}`);
		}
		klass.streamServedBy = response.headers.get(SERVED_BY);
		const decoder = new TextDecoder();
		let buffer = '';
		for await (const chunk of response.body) {
			buffer += decoder.decode(chunk, { stream: true });
			let end;
			while ((end = buffer.indexOf('\n\n')) !== -1) {
				const block = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				// `retry:` and `: keep-alive` blocks carry no data.
				const data = block
					.split('\n')
					.filter((line) => line.startsWith('data:'))
					.map((line) => line.slice(5).replace(/^ /, ''))
					.join('\n');
				if (!data) continue;
				const arrived = performance.now();
				let grid;
				try {
					grid = JSON.parse(data);
				} catch {
					phase.sseErrors++;
					continue;
				}
				phase.sseMessages++;
				for (const { sentAt, servedBy } of klass.pendingPosts) {
					phase.gridDelays.push(arrived - sentAt);
					if (servedBy !== null)
						(servedBy === klass.streamServedBy
							? phase.gridDelaysSameProcess
							: phase.gridDelaysOtherProcess
						).push(arrived - sentAt);
				}
				klass.pendingPosts = [];
				resolveFirst(grid);
			}
		}
		throw new Error('grid stream ended early');
	})().catch((error) => {
		if (controller.signal.aborted) return;
		phase.sseErrors++;
		console.error(`class ${klass.id}: ${error.message}`);
		resolveFirst(null);
	});
	return {
		first,
		close() {
			controller.abort();
			openStreams.delete(controller);
			return done;
		}
	};
}

// --- one phase: tablets on a fixed schedule, streams open throughout ------------------------------

/** One tablet's save: latency of the POST, and an error unless every event was stored. */
async function sendProgress(student, phase) {
	const events = nextEvents(student);
	const started = performance.now();
	let ok;
	let servedBy = null;
	try {
		const response = await fetch(`${base}/api/progress`, {
			method: 'POST',
			headers: { cookie: student.cookie, origin: base, 'content-type': 'application/json' },
			body: JSON.stringify({ events }),
			signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
		});
		servedBy = response.headers.get(SERVED_BY);
		const body = await response.json().catch(() => null);
		ok = response.status === 200 && body?.stored === events.length;
	} catch {
		ok = false;
	}
	phase.latencies.push(performance.now() - started);
	if (ok) student.klass.pendingPosts.push({ sentAt: started, servedBy });
	else phase.errors++;
}

async function runPhase(name, count, seconds) {
	await ensureStudents(count);
	const active = students.slice(0, count);
	const activeClasses = [...new Set(active.map((s) => s.klass))];
	const phase = {
		latencies: [],
		errors: 0,
		sseMessages: 0,
		sseErrors: 0,
		gridDelays: [],
		gridDelaysSameProcess: [],
		gridDelaysOtherProcess: [],
		sendLag: []
	};
	for (const klass of activeClasses) klass.pendingPosts = [];
	const streams = activeClasses.map((klass) => openGridStream(klass, phase));
	const firstGrids = await Promise.all(streams.map((s) => s.first));
	if (lessons.length === 0) lessons = firstGrids.find((grid) => grid?.lessons?.length)?.lessons;
	if (!lessons?.length) throw new Error('grid stream: no lessons in the first grid');
	phase.sseMessages = 0; // count only the updates during the phase, not the initial grids

	const cpuBefore = server.cpuSeconds();
	const machineBefore = machineCpuSeconds();
	const benchCpuBefore = process.cpuUsage();
	const started = performance.now();
	const stopAt = started + seconds * 1000;
	const inFlight = new Set();
	const timers = new Set();
	// Each tablet starts at a random moment within the first 2 s, then keeps its own rhythm.
	for (const student of active) {
		let due = started + Math.random() * SEND_EVERY_MS;
		const tick = () => {
			timers.delete(timer);
			if (due >= stopAt) return;
			phase.sendLag.push(performance.now() - due);
			const request = sendProgress(student, phase);
			inFlight.add(request);
			void request.finally(() => inFlight.delete(request));
			due += SEND_EVERY_MS;
			timer = setTimeout(tick, Math.max(0, due - performance.now()));
			timers.add(timer);
		};
		let timer = setTimeout(tick, due - started);
		timers.add(timer);
	}
	await sleep(seconds * 1000);
	for (const timer of timers) clearTimeout(timer);
	await Promise.all(inFlight);
	const wall = (performance.now() - started) / 1000;
	const cpuAfter = server.cpuSeconds();
	const cpu = cpuAfter.app - cpuBefore.app;
	const databaseCpu = cpuAfter.database - cpuBefore.database;
	const balancerCpu = cpuAfter.balancer - cpuBefore.balancer;
	const machineAfter = machineCpuSeconds();
	const benchCpu = process.cpuUsage(benchCpuBefore);
	await sleep(GRID_SETTLE_MS);
	await Promise.all(streams.map((s) => s.close()));

	const latencies = phase.latencies.sort((a, b) => a - b);
	const delays = phase.gridDelays.sort((a, b) => a - b);
	const sameProcess = phase.gridDelaysSameProcess.sort((a, b) => a - b);
	const otherProcess = phase.gridDelaysOtherProcess.sort((a, b) => a - b);
	const lag = phase.sendLag.sort((a, b) => a - b);
	const result = {
		name,
		students: count,
		classes: activeClasses.length,
		seconds: +wall.toFixed(1),
		requests: latencies.length,
		errors: phase.errors + phase.sseErrors,
		post_errors: phase.errors,
		sse_errors: phase.sseErrors,
		p50_ms: ms(percentile(latencies, 50)),
		p95_ms: ms(percentile(latencies, 95)),
		p99_ms: ms(percentile(latencies, 99)),
		max_ms: ms(latencies.at(-1) ?? null),
		per_second: +(latencies.length / wall).toFixed(1),
		server_cpu_s: +cpu.toFixed(2),
		server_cpu_pct_of_core: +((cpu / wall) * 100).toFixed(1),
		server_cpu_ms_per_save: latencies.length ? +((cpu * 1000) / latencies.length).toFixed(2) : null,
		database_cpu_s: +databaseCpu.toFixed(2),
		balancer_cpu_s: +balancerCpu.toFixed(2),
		machine_busy_pct: +(
			((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) *
			100
		).toFixed(1),
		bench_cpu_pct_of_core: +(((benchCpu.user + benchCpu.system) / 1e6 / wall) * 100).toFixed(1),
		sse_messages: phase.sseMessages,
		grid_delay_p50_ms: ms(percentile(delays, 50)),
		grid_delay_p95_ms: ms(percentile(delays, 95)),
		...(processes > 1 && {
			grid_delay_same_process_p50_ms: ms(percentile(sameProcess, 50)),
			grid_delay_same_process_p95_ms: ms(percentile(sameProcess, 95)),
			grid_delay_other_process_p50_ms: ms(percentile(otherProcess, 50)),
			grid_delay_other_process_p95_ms: ms(percentile(otherProcess, 95)),
			grid_delays_other_process: otherProcess.length
		}),
		send_lag_p95_ms: ms(percentile(lag, 95))
	};
	console.log(result);
	return result;
}

// --- the run ---------------------------------------------------------------------------------------

const results = [];
let capacity;
try {
	server = await startDeployment({
		port,
		password,
		processes,
		database,
		postgresUrl: values['postgres-url'],
		beforeStop: () => openStreams.forEach((controller) => controller.abort())
	});
	base = server.base;

	const login = await postForm('/login', { email: 'teacher@demo.dayofai.test', password });
	teacherCookie = cookieFrom(login, 'session') ?? '';
	if (!teacherCookie) throw new Error(`log-in failed: ${login.status}`);

	results.push(await runPhase('headline', HEADLINE_STUDENTS, headlineSeconds));

	let largest = null;
	let limitedBy = 'end of ramp';
	for (const count of ramp) {
		const step = await runPhase(`ramp ${count}`, count, stepSeconds);
		results.push(step);
		if (step.errors > 0 || step.p95_ms >= P95_BUDGET_MS) {
			limitedBy = step.errors > 0 ? `errors at ${count}` : `p95 ${step.p95_ms} ms at ${count}`;
			break;
		}
		largest = count;
	}
	capacity = { students_at_p95_under_100ms: largest, limited_by: limitedBy };
} finally {
	await server?.stop();
}

const record = {
	...machine(),
	load_average_before: loadBefore,
	settings: {
		minutes: Number(values.minutes),
		ramp,
		step_seconds: stepSeconds,
		class_size: classSize,
		database,
		processes,
		balancer: processes > 1 ? 'haproxy (roundrobin)' : null,
		send_every_ms: SEND_EVERY_MS
	},
	capacity,
	results
};

const columns = [
	['phase', (r) => r.name],
	['students', (r) => r.students],
	['requests', (r) => r.requests],
	['errors', (r) => r.errors],
	['p50', (r) => `${r.p50_ms} ms`],
	['p95', (r) => `${r.p95_ms} ms`],
	['p99', (r) => `${r.p99_ms} ms`],
	['max', (r) => `${r.max_ms} ms`],
	['req/s', (r) => r.per_second],
	['server CPU', (r) => `${r.server_cpu_s} s (${r.server_cpu_pct_of_core} %)`],
	['ms CPU/save', (r) => r.server_cpu_ms_per_save],
	['database CPU', (r) => `${r.database_cpu_s} s`],
	['machine busy', (r) => `${r.machine_busy_pct} %`],
	['grid msgs', (r) => r.sse_messages],
	['POST→grid p50/p95', (r) => `${r.grid_delay_p50_ms} / ${r.grid_delay_p95_ms} ms`]
];
console.log(`\n| ${columns.map(([title]) => title).join(' | ')} |`);
console.log(`| ${columns.map(() => '---').join(' | ')} |`);
for (const r of results) console.log(`| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`);
const held = capacity.students_at_p95_under_100ms;
console.log(
	`\ncapacity: ${held === null ? 'no ramp step' : `${held} students`} within p95 < ${P95_BUDGET_MS} ms` +
		` and zero errors (stopped by: ${capacity.limited_by})`
);

writeRecord(values.record, record);
