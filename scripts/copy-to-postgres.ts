// `npm run db:copy -- --to postgres://user:password@host:5432/database [--from data/app.db]`:
// copies the embedded SQLite database into an empty PostgreSQL one, then checks every table's
// row count and checksum on both sides (src/lib/server/db/copy-to-postgres.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { config } from '../src/lib/server/config';
import { CopyRefused, copySqliteToPostgres } from '../src/lib/server/db/copy-to-postgres';
import { DatabaseUrlError, parseDatabaseUrl } from '../src/lib/server/db/dialect';

const usage = `Usage: npm run db:copy -- --to postgres://user:password@host:5432/database [--from data/app.db]

Copies every table of the SQLite database (--from, else DATABASE_URL, else data/app.db) into an
empty PostgreSQL database, in one transaction, and checks row counts and checksums per table.`;

function fail(message: string, code = 2): never {
	console.error(message);
	process.exit(code);
}

const { values } = parseArgs({
	options: {
		from: { type: 'string' },
		to: { type: 'string' },
		help: { type: 'boolean', short: 'h' }
	}
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}
if (!values.to) fail(`--to is missing.\n\n${usage}`);

let from: string;
let to: string;
try {
	const source = parseDatabaseUrl(values.from ?? config.databaseUrl);
	if (source.dialect !== 'sqlite')
		fail(`--from must be a SQLite file, not a PostgreSQL address.\n\n${usage}`);
	from = source.path;
	const target = parseDatabaseUrl(values.to);
	if (target.dialect !== 'postgres') fail(`--to must be a postgres:// address.\n\n${usage}`);
	to = target.url;
} catch (error) {
	if (error instanceof DatabaseUrlError) fail(error.message);
	throw error;
}
if (!existsSync(from)) fail(`There is no SQLite database at ${from}.`);

const journal = JSON.parse(
	readFileSync(join(config.migrationsDir, 'meta', '_journal.json'), 'utf8')
) as {
	entries: unknown[];
};
const sqlite = new Database(from, { fileMustExist: true });
try {
	console.log(`Copying ${from} into ${to.replace(/:[^:@/]*@/, ':***@')}…`);
	const reports = await copySqliteToPostgres({
		source: sqlite,
		targetUrl: to,
		sqliteMigrations: journal.entries.length,
		log: (line) => console.log(`  ${line}`)
	});
	const rows = reports.reduce((sum, report) => sum + report.rows, 0);
	console.log(
		`Done: ${reports.length} tables, ${rows} rows, every count and checksum the same on both sides.`
	);
} catch (error) {
	if (error instanceof CopyRefused) fail(error.message);
	fail(error instanceof Error ? error.message : String(error), 1);
} finally {
	sqlite.close();
}
