import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, type AppDatabase } from '../db/client';
import { activeDialect } from '../db/dialect';
import { openPostgres } from '../db/postgres';
import { createPostgresTestDatabase } from './test-postgres';

export interface TestDb {
	db: AppDatabase;
	/** The SQLite file, or the PostgreSQL database's address. */
	path: string;
	cleanup: () => Promise<void>;
}

/**
 * A migrated database of its own for one integration test: a fresh SQLite file, or, when the
 * tests run on PostgreSQL (`DB_DIALECT=postgres`, `npm run test:postgres`), a new database on the
 * test server made from a migrated template.
 */
export async function createTestDb(): Promise<TestDb> {
	return activeDialect() === 'postgres' ? createPostgresTestDb() : createSqliteTestDb();
}

export function createSqliteTestDb(): TestDb {
	const dir = mkdtempSync(join(tmpdir(), 'dayofai-test-'));
	const path = join(dir, 'nested', 'test.db');
	const db = openDatabase(path);
	migrateDatabase(db, 'drizzle');
	return {
		db,
		path,
		cleanup: async () => {
			await db.$close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function createPostgresTestDb(): Promise<TestDb> {
	const database = await createPostgresTestDatabase({ template: true });
	const db = openPostgres(database.url, { max: 4 });
	return {
		db,
		path: database.url,
		cleanup: async () => {
			await db.$close();
			await database.drop();
		}
	};
}
