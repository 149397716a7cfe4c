import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { AppDatabase } from './client';
import * as schema from './schema';

// Counts and sums of integers come back as int8, which node-postgres leaves as strings; every one
// the app keeps (rows, seats, bytes, students) is far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** The migrations of one start-up at a time, whatever the number of app processes starting. */
const MIGRATION_LOCK = 0x64_61_69_01;

/**
 * The app's database on a PostgreSQL server: a pool of `max` connections (each app process has
 * its own). A service that opens a transaction inside another one joins it, as on SQLite; a
 * statement sent through the pool while the same async context holds a transaction is a mistake
 * (it would run outside the transaction, on another connection) and fails loudly.
 */
export function openPostgres(url: string, options: { max?: number } = {}): AppDatabase {
	const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
	pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
	// The transaction a piece of work runs in, while it is open (timers it started outlive it).
	const context = new AsyncLocalStorage<{ tx: unknown; open: boolean }>();
	const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
	pool.query = ((...args: unknown[]) => {
		if (context.getStore()?.open)
			throw new Error('A statement was sent outside its transaction: pass the transaction (tx) on');
		return query(...args);
	}) as typeof pool.query;
	const db = drizzle(pool, { schema });
	const transaction = db.transaction.bind(db);
	db.transaction = ((work: (tx: unknown) => Promise<unknown>, config?: pg.QueryConfig) => {
		const current = context.getStore();
		if (current?.open) return work(current.tx);
		return transaction(async (tx) => {
			const store = { tx, open: true };
			try {
				return await context.run(store, () => work(tx));
			} finally {
				store.open = false;
			}
		}, config as never);
	}) as typeof db.transaction;
	return Object.assign(db, {
		$client: pool,
		$dialect: 'postgres' as const,
		$close: () => pool.end()
	}) as unknown as AppDatabase;
}

/** Applies `drizzle-pg/`, holding an advisory lock so two processes starting together take turns. */
export async function migratePostgres(db: AppDatabase, migrationsFolder: string): Promise<void> {
	const pool = db.$client as unknown as pg.Pool;
	const client = await pool.connect();
	try {
		await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
		await migrate(drizzle(client), { migrationsFolder });
	} finally {
		await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
		client.release();
	}
}

/** Checks the server answers, for a clear message at start-up. */
export async function checkConnection(db: AppDatabase): Promise<void> {
	await (db as unknown as { execute(q: unknown): Promise<unknown> }).execute(sql`select 1`);
}
