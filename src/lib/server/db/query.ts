import type { SQL } from 'drizzle-orm';
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
