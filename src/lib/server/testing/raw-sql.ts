import type pg from 'pg';
import type { AppDatabase } from '../db/client';

/**
 * Raw SQL for tests that plant or inspect rows the services never write, on either database:
 * `?` placeholders, times passed in as `Date`s and read back as milliseconds.
 */
export async function sqlRows(
	db: AppDatabase,
	text: string,
	...params: unknown[]
): Promise<Record<string, unknown>[]> {
	if (db.$dialect === 'postgres') {
		let n = 0;
		const numbered = text.replace(/\?/g, () => `$${++n}`);
		const result = await (db.$client as unknown as pg.Pool).query(numbered, params);
		return result.rows.map(readBack);
	}
	const statement = db.$client.prepare(text);
	const values = params.map((p) => (p instanceof Date ? p.getTime() : p));
	if (!statement.reader) {
		statement.run(...values);
		return [];
	}
	return (statement.all(...values) as Record<string, unknown>[]).map(readBack);
}

function readBack(row: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(row).map(([key, value]) => [
			key,
			value instanceof Date ? value.getTime() : value
		])
	);
}
