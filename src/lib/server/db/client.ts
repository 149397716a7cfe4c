import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens a SQLite file (creating its folder) with WAL, foreign keys and a busy timeout. */
export function openDatabase(url: string): AppDatabase {
	const path = url.startsWith('file:') ? url.slice('file:'.length) : url;
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	reusePreparedStatements(sqlite);
	return drizzle(sqlite, { schema }) as AppDatabase;
}

/**
 * Drizzle prepares every query it runs; SQLite's compile step then costs more than most of our
 * queries themselves (see bench/README.md). The same SQL text always compiles to the same program,
 * so statements are kept and reused (least recently used first out). Drizzle switches a reused
 * statement to array rows with `raw()`, so each reuse starts from object rows again, as new.
 */
export function reusePreparedStatements(sqlite: Database.Database, max = 500): void {
	const prepare = sqlite.prepare.bind(sqlite);
	const kept = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		let statement = kept.get(source);
		if (statement) {
			kept.delete(source);
			if (statement.reader) statement.raw(false);
		} else {
			statement = prepare(source);
			if (kept.size >= max) kept.delete(kept.keys().next().value!);
		}
		kept.set(source, statement);
		return statement;
	}) as Database.Database['prepare'];
}

export function migrateDatabase(db: AppDatabase, migrationsFolder: string): void {
	migrate(db, { migrationsFolder });
}
