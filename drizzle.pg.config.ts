import { defineConfig } from 'drizzle-kit';

// The same schema (src/lib/server/db/tables.ts), built with PostgreSQL's columns: its migrations
// go to drizzle-pg/ and are applied at start-up when DATABASE_URL is postgres://….
process.env.DB_DIALECT = 'postgres';

export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle-pg',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/dayofai' },
	strict: true,
	verbose: false
});
