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
 * @param {{ port: number, password: string, beforeStop?: () => void }} options
 */
export async function startServer({ port, password, beforeStop = () => {} }) {
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
			JOIN_NEW_NAMES_PER_IP: '1000000'
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
			server.stdout.on('data', (chunk) => {
				if (String(chunk).includes('is running at')) {
					clearTimeout(timer);
					resolve(undefined);
				}
			});
		});
	} catch (error) {
		await stop();
		throw error;
	}

	return {
		base: `http://127.0.0.1:${port}`,
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
