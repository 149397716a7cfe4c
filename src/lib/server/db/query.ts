import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { activeDialect } from './dialect';

/**
 * Portable endings for a query: SQLite's driver had `.get()` and `.run()`, PostgreSQL's has
 * neither; both await a query to its rows (or its result).
 */

/** The first row, or undefined. */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
	return (await query)[0];
}

/** Runs a write; `changes` is how many rows it inserted, updated or deleted. */
export async function run(query: PromiseLike<unknown>): Promise<{ changes: number }> {
	const result = (await query) as { changes?: number; rowCount?: number | null } | undefined;
	return { changes: result?.changes ?? result?.rowCount ?? 0 };
}

/** The row a write's `returning()` gives back: there is one, or the write failed. */
export async function only<T>(query: PromiseLike<T[]>): Promise<T> {
	const [row] = await query;
	if (row === undefined) throw new Error('The write returned no row');
	return row;
}

/** Runs a statement the query builder cannot write (raw SQL) on either database. */
export async function runSql(db: unknown, statement: SQL): Promise<void> {
	const target = db as { run(q: SQL): Promise<unknown>; execute(q: SQL): Promise<unknown> };
	await (activeDialect() === 'postgres' ? target.execute(statement) : target.run(statement));
}

/**
 * Locks one row (by its `id`) until the transaction ends, so concurrent writers that read it
 * first take turns. PostgreSQL: `select … for update`. SQLite: nothing to do, its transactions
 * take the database's write lock when they begin (`behavior: 'immediate'`).
 */
export async function lockRow(tx: unknown, table: SQLiteTable, id: string): Promise<void> {
	if (activeDialect() === 'postgres')
		await runSql(tx, sql`select 1 from ${table} where id = ${id} for update`);
}
