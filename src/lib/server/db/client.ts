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
	return drizzle(sqlite, { schema }) as AppDatabase;
}

export function migrateDatabase(db: AppDatabase, migrationsFolder: string): void {
	migrate(db, { migrationsFolder });
}
