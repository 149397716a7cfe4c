// Starts the built app on a fresh database for the browser tests (builds first when needed): a
// new SQLite file, or on PostgreSQL (`npm run test:e2e:postgres`) a database dropped and made again.
import { rmSync } from 'node:fs';
import pg from 'pg';

const url = process.env.DATABASE_URL ?? 'test-results/e2e.db';
if (/^postgres(ql)?:\/\//.test(url)) {
	const target = new URL(url);
	const name = decodeURIComponent(target.pathname.slice(1));
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
	target.pathname = '/postgres';
	const admin = new pg.Client({ connectionString: target.toString() });
	await admin.connect();
	try {
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.query(`create database ${name}`);
	} finally {
		await admin.end();
	}
} else {
	for (const suffix of ['', '-wal', '-shm']) rmSync(url + suffix, { force: true });
}
await import('../../scripts/start.js');
