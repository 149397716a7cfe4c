// The browser tests' own door into the e2e server's database, on SQLite (the default) or on
// PostgreSQL (`E2E_DATABASE_URL=postgres://…`, `npm run test:e2e:postgres`): tests read the outbox
// and check what a request left behind through it, and plant rows no service would write.
import Database from 'better-sqlite3';
import pg from 'pg';

/** The e2e server's database: what `playwright.config.ts` hands the server, and what tests read. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL?.trim() || 'test-results/e2e.db';
export const E2E_ON_POSTGRES = /^postgres(ql)?:\/\//.test(E2E_DATABASE_URL);

// PostgreSQL's count(*) is a bigint, which node-postgres reads as a string unless told.
const types = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === pg.types.builtins.INT8
			? (value: string) => Number(value)
			: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};
let pool: pg.Pool | undefined;

/**
 * One statement with `?` placeholders; rows of a query, an empty list otherwise. Times go in as
 * `Date`s and come back as milliseconds on both databases.
 */
export async function e2eSql<Row = Record<string, unknown>>(
	text: string,
	...params: unknown[]
): Promise<Row[]> {
	if (E2E_ON_POSTGRES) {
		pool ??= new pg.Pool({
			connectionString: E2E_DATABASE_URL,
			max: 2,
			types,
			allowExitOnIdle: true
		});
		let n = 0;
		const numbered = text.replace(/\?/g, () => `$${++n}`);
		const { rows } = await pool.query(numbered, params);
		return rows.map(readBack) as Row[];
	}
	const db = new Database(E2E_DATABASE_URL, { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		const statement = db.prepare(text);
		const values = params.map((value) => (value instanceof Date ? value.getTime() : value));
		if (!statement.reader) {
			statement.run(...values);
			return [];
		}
		return (statement.all(...values) as Record<string, unknown>[]).map(readBack) as Row[];
	} finally {
		db.close();
	}
}

function readBack(row: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(row).map(([key, value]) => [
			key,
			value instanceof Date ? value.getTime() : value
		])
	);
}
