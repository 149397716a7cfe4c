import { config } from '../config';
import { migrateDatabase, openDatabase, type AppDatabase } from './client';
import { applyIdRenames } from '../id-renames';
import { ID_RENAMES } from '../../curriculum/ids';

let instance: AppDatabase | undefined;

/**
 * The application's database, opened once and migrated on first use; stored progress then
 * follows any renamed content ids (src/lib/curriculum/id-renames.json).
 */
export function getDb(): AppDatabase {
	if (!instance) {
		instance = openDatabase(config.databaseUrl);
		migrateDatabase(instance, config.migrationsDir);
		applyIdRenames(instance, ID_RENAMES);
	}
	return instance;
}

export type { AppDatabase };
