import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server integration tests use: `TEST_POSTGRES_URL`, else a local server with the
 * role `.ci/postgres.sh` creates. Each test gets a database of its own, dropped afterwards.
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

/** An empty database on the test server: its address, and a function that drops it. */
export async function createPostgresTestDatabase(): Promise<{
	url: string;
	drop: () => Promise<void>;
}> {
	const name = `dayofai_test_${randomBytes(6).toString('hex')}`;
	await admin((client) => client.query(`create database ${name}`));
	return {
		url: withDatabase(TEST_POSTGRES_URL, name),
		drop: () =>
			admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {})
	};
}
