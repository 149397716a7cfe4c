// `npm run db:migrate`: apply the migrations to DATABASE_URL (drizzle/ on SQLite, drizzle-pg/ on
// PostgreSQL), then move stored progress to renamed content ids (src/lib/curriculum/id-renames.json),
// as the server does when it starts.
import { config } from '../src/lib/server/config';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client';
import { DatabaseUrlError, parseDatabaseUrl } from '../src/lib/server/db/dialect';
import { checkConnection, migratePostgres, openPostgres } from '../src/lib/server/db/postgres';
import { applyIdRenames } from '../src/lib/server/id-renames';
import { ID_RENAMES } from '../src/lib/curriculum/ids';

let target;
try {
	target = parseDatabaseUrl(config.databaseUrl);
} catch (error) {
	if (!(error instanceof DatabaseUrlError)) throw error;
	console.error(error.message);
	process.exit(2);
}
const db =
	target.dialect === 'postgres' ? openPostgres(target.url, { max: 2 }) : openDatabase(target.path);
try {
	if (target.dialect === 'postgres') {
		await checkConnection(db);
		await migratePostgres(db, config.postgresMigrationsDir);
	} else migrateDatabase(db, config.migrationsDir);
	const moved = await applyIdRenames(db, ID_RENAMES);
	const shown = target.dialect === 'postgres' ? new URL(target.url).pathname.slice(1) : target.path;
	console.log(
		`Database ${shown} is up to date${moved ? ` (${moved} progress rows moved to renamed ids)` : ''}.`
	);
} finally {
	await db.$close();
}
