import { config } from '../config';
import { migrateDatabase, openDatabase, type AppDatabase } from './client';
import { DatabaseUrlError, parseDatabaseUrl } from './dialect';
import { checkConnection, migratePostgres, openPostgres } from './postgres';
import { applyIdRenames, applyIdRenamesSqlite } from '../id-renames';
import { ID_RENAMES } from '../../curriculum/ids';

let instance: AppDatabase | undefined;

/**
 * The application's database. SQLite opens (and migrates) on first use; PostgreSQL is opened by
 * `initDatabase` when the server starts, before any request. Stored progress then follows any
 * renamed content ids (src/lib/curriculum/id-renames.json).
 */
export function getDb(): AppDatabase {
	if (instance) return instance;
	const target = parseDatabaseUrl(config.databaseUrl);
	if (target.dialect === 'postgres')
		throw new Error('The PostgreSQL database is opened by initDatabase() at start-up, before use');
	let db: AppDatabase;
	try {
		db = openDatabase(target.path);
	} catch (error) {
		throw new DatabaseUrlError(
			`The SQLite database at ${target.path} cannot be opened (${error instanceof Error ? error.message : String(error)}). Check that DATABASE_URL is a path this process may write.`
		);
	}
	migrateDatabase(db, config.migrationsDir);
	applyIdRenamesSqlite(db, ID_RENAMES);
	instance = db;
	return db;
}

/** Opens, checks and migrates the database named by DATABASE_URL (once per process). */
export async function initDatabase(): Promise<AppDatabase> {
	if (instance) return instance;
	const target = parseDatabaseUrl(config.databaseUrl);
	if (target.dialect === 'sqlite') return getDb();
	const db = openPostgres(target.url, { max: config.postgresPoolSize });
	try {
		await checkConnection(db);
	} catch (error) {
		await db.$close().catch(() => {});
		const address = new URL(target.url);
		throw new DatabaseUrlError(
			`The PostgreSQL server at ${address.hostname}:${address.port || 5432}${address.pathname} does not answer (${(error as Error).message}). Check DATABASE_URL, and that the server runs and accepts this user.`
		);
	}
	await migratePostgres(db, config.postgresMigrationsDir);
	await applyIdRenames(db, ID_RENAMES);
	instance = db;
	return db;
}

export type { AppDatabase };
