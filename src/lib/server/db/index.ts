import { config } from '../config';
import { migrateDatabase, openDatabase, type AppDatabase } from './client';
import { DatabaseUrlError, parseDatabaseUrl } from './dialect';
import { applyIdRenames } from '../id-renames';
import { ID_RENAMES } from '../../curriculum/ids';

let instance: AppDatabase | undefined;

/**
 * The application's database, opened once and migrated on first use; stored progress then
 * follows any renamed content ids (src/lib/curriculum/id-renames.json).
 */
export function getDb(): AppDatabase {
	if (!instance) {
		const target = parseDatabaseUrl(config.databaseUrl);
		if (target.dialect === 'postgres')
			throw new DatabaseUrlError(
				'DATABASE_URL names a PostgreSQL server, and this version of the app runs on its embedded SQLite database only: leave DATABASE_URL unset or give a file path. (PostgreSQL comes in stages: its schema and `npm run db:copy` are ready, the app services follow.)'
			);
		try {
			instance = openDatabase(target.path);
		} catch (error) {
			throw new DatabaseUrlError(
				`The SQLite database at ${target.path} cannot be opened (${error instanceof Error ? error.message : String(error)}). Check that DATABASE_URL is a path this process may write.`
			);
		}
		migrateDatabase(instance, config.migrationsDir);
		applyIdRenames(instance, ID_RENAMES);
	}
	return instance;
}

export type { AppDatabase };
