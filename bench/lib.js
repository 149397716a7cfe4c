// Shared by the benchmarks: the built server on loopback with a fresh database, percentiles and
// the results file.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Starts `node scripts/start.js` (which builds the app when needed) with a fresh SQLite database
 * and the seeded demo accounts, and waits until it listens. The server is stopped, and the
 * database removed, by `stop()`, on Ctrl-C and when the benchmark exits.
 * @param {{ port: number, password: string, beforeStop?: () => void, env?: Record<string, string> }} options
 */
export async function startServer({ port, password, beforeStop = () => {}, env = {} }) {
	const dir = mkdtempSync(join(tmpdir(), 'dayofai-bench-'));
	const server = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: join(dir, 'bench.db'),
			SEED_DEMO: '1',
			DEMO_PASSWORD: password,
			// The benchmarks join thousands of students from one address, faster than any school.
			JOIN_NEW_NAMES_PER_IP: '1000000',
			...env
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const alive = () => server.exitCode === null && server.signalCode === null;
	const exited = new Promise((resolve) => server.once('exit', resolve));

	/** SIGTERM, then SIGKILL after 5 s; then the temporary database goes. */
	async function stop() {
		beforeStop();
		if (alive()) {
			server.kill('SIGTERM');
			const timer = setTimeout(() => alive() && server.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(timer);
		}
		rmSync(dir, { recursive: true, force: true });
	}
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => {
			console.error(`\n${signal}: stopping the server`);
			void stop().finally(() => process.exit(130));
		});
	}
	process.once('exit', () => {
		if (alive()) server.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	});

	try {
		await new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('server did not start in 180 s')), 180_000);
			void exited.then(() => reject(new Error('server exited during start-up')));
			const listen = (chunk) => {
				if (String(chunk).includes('is running at')) {
					clearTimeout(timer);
					// From here on the server's output is drained unread: reading every line a
					// load test makes it print would cost the benchmark's own process time.
					server.stdout.off('data', listen);
					server.stdout.resume();
					resolve(undefined);
				}
			};
			server.stdout.on('data', listen);
		});
	} catch (error) {
		await stop();
		throw error;
	}

	return {
		base: `http://127.0.0.1:${port}`,
		databasePath: join(dir, 'bench.db'),
		pid: server.pid,
		alive,
		stop,
		/** CPU seconds the server has used so far (user + system), from /proc. */
		cpuSeconds() {
			const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return (Number(fields[11]) + Number(fields[12])) / 100;
		}
	};
}

/** @param {number[]} sorted ascending @param {number} p */
export function percentile(sorted, p) {
	if (sorted.length === 0) return null;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Where and when a benchmark ran. */
export function machine() {
	return {
		date: new Date().toISOString(),
		node: process.version,
		cpu: `${cpus().length} × ${cpus()[0]?.model}`
	};
}

/** Writes `bench/results/NAME-DATE.json` and says so; a smoke run (bench/smoke.js) writes nothing. */
export function writeRecord(name, record) {
	if (process.env.BENCH_SMOKE === '1') {
		console.log(`\nsmoke run: ${name} not recorded`);
		return null;
	}
	const file = join('bench', 'results', `${name}-${record.date.slice(0, 10)}.json`);
	writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
	console.log(`\nwritten to ${file}`);
	return file;
}

/** The workplace's folder of real datasets that holds `sub` (tests and benches read it, never copy it). */
export function sharedDataDir(sub) {
	return [process.env.SHARED_DATA_DIR, resolve('../shared/data')].find(
		(dir) => dir && existsSync(resolve(dir, sub))
	);
}

/** An entry file bundled (esbuild) into one script a page can run. */
export async function bundleForPage(entry) {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		format: 'iife',
		write: false,
		minify: true,
		logLevel: 'warning'
	});
	return result.outputFiles[0].text;
}

/** Headless Chromium as the benchmarks run it (the system one when there is one), GPU off unless `args` say otherwise. */
export function launchChromium(args = ['--disable-gpu']) {
	return chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', ...args]
	});
}

/**
 * Watches a browser context as the page benchmarks do: every main-thread long task from the
 * start (`window.__longTasks`: start and duration) and every response, with its size as
 * transferred and as read. Requests the offline helper makes for its cache are left out when
 * `skipServiceWorker` is set.
 */
export async function watchContext(context, { skipServiceWorker = false } = {}) {
	await context.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	const loaded = [];
	context.on('requestfinished', async (request) => {
		if (skipServiceWorker && request.serviceWorker()) return;
		const response = await request.response();
		const sizes = await request.sizes().catch(() => null);
		const body = await response?.body().catch(() => null);
		loaded.push({
			url: new URL(request.url()).pathname,
			type: request.resourceType(),
			// Negative when the browser does not know (a file the offline helper served).
			transferred: sizes ? Math.max(0, sizes.responseBodySize) : 0,
			bytes: body ? body.length : 0
		});
	});
	return loaded;
}

/** Serves a blank page at `origin` that runs `bundle` (from bundleForPage), with no server. */
export async function serveBundle(context, origin, bundle) {
	await context.route(`${origin}/**`, (route) =>
		new URL(route.request().url()).pathname === '/bench.js'
			? route.fulfill({ contentType: 'text/javascript', body: bundle })
			: route.fulfill({
					contentType: 'text/html',
					body: '<!doctype html><script src="/bench.js"></script>'
				})
	);
}
