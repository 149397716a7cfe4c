// The app as a deployment runs it, for the load benchmarks: one process on SQLite (the default),
// or one or more processes on PostgreSQL, several of them behind HAProxy (Debian's `haproxy`) on
// loopback. Every part is measured: CPU of the app processes, of PostgreSQL's processes and of the
// balancer, read from /proc. The PostgreSQL database is made for the run and dropped after it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer } from './lib.js';

export const DEFAULT_POSTGRES_URL = 'postgres://dayofai:dayofai@127.0.0.1:5432/postgres';
/** The header HAProxy adds to each response: which app process answered it (app1, app2, …). */
export const SERVED_BY = 'x-served-by';

/** CPU seconds (user + system) of one process, from /proc; 0 once it has gone. */
function processCpuSeconds(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return 0;
	}
}

/** CPU seconds of every PostgreSQL server process on the machine (postmaster and backends). */
function postgresCpuSeconds() {
	let total = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
				total += processCpuSeconds(entry);
		} catch {
			// the process ended while being read
		}
	}
	return total;
}

/** Busy and total CPU time of the whole machine, in seconds, from /proc/stat. */
export function machineCpuSeconds() {
	const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
	const ticks = fields.map(Number);
	const idle = ticks[3] + ticks[4];
	const total = ticks.slice(0, 8).reduce((sum, n) => sum + n, 0);
	return { busy: (total - idle) / 100, total: total / 100 };
}

function withDatabase(url, name) {
	const parsed = new URL(url);
	parsed.pathname = `/${name}`;
	return parsed.toString();
}

async function adminQuery(url, text) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}

function haproxyConfig(port, backends) {
	return `global
	maxconn 8000

defaults
	mode http
	maxconn 8000
	timeout connect 5s
	timeout client 1h
	timeout server 1h
	timeout http-keep-alive 10s
	option http-keep-alive

frontend app
	bind 127.0.0.1:${port}
	default_backend processes
	http-response set-header ${SERVED_BY} %[srv_name]

backend processes
	balance roundrobin
${backends.map((p, i) => `	server app${i + 1} 127.0.0.1:${p}`).join('\n')}
`;
}

/** Starts HAProxy in the foreground on `port` and waits until it answers. */
async function startHaproxy(port, backends) {
	const dir = mkdtempSync(join(tmpdir(), 'dayofai-haproxy-'));
	const config = join(dir, 'haproxy.cfg');
	writeFileSync(config, haproxyConfig(port, backends));
	// Debian puts it in /usr/sbin, which is not on every user's PATH.
	const haproxy = existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy';
	const proxy = spawn(haproxy, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'inherit'] });
	const exited = new Promise((resolve) => proxy.once('exit', resolve));
	proxy.once('error', (error) => console.error(`haproxy: ${error.message}`));
	for (let i = 0; i < 100; i++) {
		if (proxy.exitCode !== null) break;
		try {
			await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
			break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	if (proxy.exitCode !== null || proxy.pid === undefined) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error('haproxy did not start (apt-get install haproxy)');
	}
	return {
		pid: proxy.pid,
		async stop() {
			if (proxy.exitCode === null) {
				proxy.kill('SIGTERM');
				await exited;
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * @param {{ port: number, password: string, processes?: number, database?: 'sqlite' | 'postgres',
 *   postgresUrl?: string, beforeStop?: () => void }} options
 */
export async function startDeployment({
	port,
	password,
	processes = 1,
	database = 'sqlite',
	postgresUrl = DEFAULT_POSTGRES_URL,
	beforeStop = () => {}
}) {
	if (database === 'sqlite' && processes > 1)
		throw new Error('several app processes need PostgreSQL (--database postgres)');
	const env = { FORM_SECRET: 'bench-form-secret-shared-by-every-process' };
	let dropDatabase = async () => {};
	if (database === 'postgres') {
		const name = `dayofai_bench_${process.pid}`;
		await adminQuery(postgresUrl, `drop database if exists ${name}`);
		await adminQuery(postgresUrl, `create database ${name}`);
		env.DATABASE_URL = withDatabase(postgresUrl, name);
		dropDatabase = () => adminQuery(postgresUrl, `drop database if exists ${name} with (force)`);
	}
	const servers = [];
	let proxy = null;
	const stop = async () => {
		beforeStop();
		await proxy?.stop();
		await Promise.all(servers.map((server) => server.stop()));
		await dropDatabase().catch((error) => console.error(`dropping the database: ${error.message}`));
	};
	try {
		if (processes === 1) {
			servers.push(await startServer({ port, password, env }));
		} else {
			// The first migrates the database and seeds the demo; the others find it ready.
			const backendPorts = Array.from({ length: processes }, (_, i) => port + 1 + i);
			servers.push(await startServer({ port: backendPorts[0], password, env }));
			servers.push(
				...(await Promise.all(
					backendPorts.slice(1).map((p) => startServer({ port: p, password, env }))
				))
			);
			proxy = await startHaproxy(port, backendPorts);
		}
	} catch (error) {
		await stop();
		throw error;
	}
	const pids = servers.map((server) => server.pid);
	return {
		base: `http://127.0.0.1:${port}`,
		processes,
		database,
		stop,
		/** CPU seconds so far: the app processes together, PostgreSQL's, the balancer's. */
		cpuSeconds() {
			return {
				app: pids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0),
				database: database === 'postgres' ? postgresCpuSeconds() : 0,
				balancer: proxy ? processCpuSeconds(proxy.pid) : 0
			};
		}
	};
}
