import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

/**
 * The PostgreSQL server integration tests use: `TEST_POSTGRES_URL`, else a local server with the
 * role `.ci/postgres.sh` creates (CREATEDB, and pg_signal_backend: a forced drop must also end an
 * autovacuum worker that is in the database). Each test gets a database of its own, dropped afterwards.
 */
export const TEST_POSTGRES_URL =
	process.env.TEST_POSTGRES_URL?.trim() || 'postgres://dayofai:dayofai@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
	const address = new URL(url);
	address.pathname = `/${database}`;
	return address.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
	try {
		await client.connect();
	} catch (error) {
		throw new Error(
			`The PostgreSQL tests need a server at ${TEST_POSTGRES_URL.replace(/:[^:@/]*@/, ':***@')} (${String(error)}). ` +
				'Run "sudo bash .ci/postgres.sh" once (Debian\'s postgresql on loopback), or set TEST_POSTGRES_URL.',
			{ cause: error }
		);
	}
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

/**
 * A database with drizzle-pg/ applied, named after the migrations' contents, made once and then
 * copied for each test (PostgreSQL copies a template in a few milliseconds).
 */
export async function migratedTemplate(): Promise<string> {
	const journal = readFileSync('drizzle-pg/meta/_journal.json');
	const name = `dayofai_template_${createHash('sha256').update(journal).digest('hex').slice(0, 12)}`;
	const exists = await admin(
		async (client) =>
			(await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1
	);
	if (exists) return name;
	const building = `${name}_${randomBytes(3).toString('hex')}`;
	await admin((client) => client.query(`create database ${building}`));
	const pool = new pg.Pool({ connectionString: withDatabase(TEST_POSTGRES_URL, building), max: 1 });
	try {
		await migrate(drizzle(pool), { migrationsFolder: 'drizzle-pg' });
	} finally {
		await pool.end();
	}
	// Another run may have finished the same template meanwhile: either copy is right.
	await admin((client) => client.query(`alter database ${building} rename to ${name}`)).catch(() =>
		admin((client) => client.query(`drop database if exists ${building}`))
	);
	return name;
}

/** A database on the test server, empty or (`template`) migrated: its address, and its drop. */
export async function createPostgresTestDatabase(options: { template?: boolean } = {}): Promise<{
	url: string;
	drop: () => Promise<void>;
}> {
	const name = `dayofai_test_${randomBytes(6).toString('hex')}`;
	const template = options.template ? await migratedTemplate() : null;
	await admin((client) =>
		client.query(`create database ${name}${template ? ` template ${template}` : ''}`)
	);
	return {
		url: withDatabase(TEST_POSTGRES_URL, name),
		drop: () =>
			admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {})
	};
}
