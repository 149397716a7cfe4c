import { config } from '../config';
import { migrateDatabase, openDatabase, type AppDatabase } from './client';

let instance: AppDatabase | undefined;

/** The application's database, opened once and migrated on first use. */
export function getDb(): AppDatabase {
	if (!instance) {
		instance = openDatabase(config.databaseUrl);
		migrateDatabase(instance, config.migrationsDir);
	}
	return instance;
}

export type { AppDatabase };
