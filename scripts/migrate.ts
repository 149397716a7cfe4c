// `npm run db:migrate`: apply the SQL migrations in drizzle/ to DATABASE_URL.
import { config } from '../src/lib/server/config';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client';

const db = openDatabase(config.databaseUrl);
migrateDatabase(db, config.migrationsDir);
db.$client.close();
console.log(`Database ${config.databaseUrl} is up to date.`);
