import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, type AppDatabase } from '../db/client';

/** A migrated database in a fresh temporary file, for integration tests. */
export function createTestDb(): { db: AppDatabase; path: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'dayofai-test-'));
	const path = join(dir, 'nested', 'test.db');
	const db = openDatabase(path);
	migrateDatabase(db, 'drizzle');
	return {
		db,
		path,
		cleanup: () => {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
