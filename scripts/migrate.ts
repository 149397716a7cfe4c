// `npm run db:migrate`: apply the SQL migrations in drizzle/ to DATABASE_URL, then move stored
// progress to renamed content ids (src/lib/curriculum/id-renames.json), as the server does.
import { config } from '../src/lib/server/config';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client';
import { applyIdRenames } from '../src/lib/server/id-renames';
import { ID_RENAMES } from '../src/lib/curriculum/ids';

const db = openDatabase(config.databaseUrl);
migrateDatabase(db, config.migrationsDir);
const moved = applyIdRenames(db, ID_RENAMES);
db.$client.close();
console.log(
	`Database ${config.databaseUrl} is up to date${moved ? ` (${moved} progress rows moved to renamed ids)` : ''}.`
);
