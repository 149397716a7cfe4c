import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './client';
import { sqliteBuilders } from './columns';
import { CopyRefused, copySqliteToPostgres } from './copy-to-postgres';
import { defineTables } from './tables';
import { seedDemoContent } from '../seed';
import { createSqliteTestDb, type TestDb } from '../testing/test-db';
import { createPostgresTestDatabase } from '../testing/test-postgres';
import { readdirSync } from 'node:fs';

const SQLITE_MIGRATIONS = readdirSync('drizzle').filter((f) => f.endsWith('.sql')).length;
const tables = Object.values(defineTables(sqliteBuilders))
	.filter((t) => is(t, SQLiteTable))
	.map((t) => getTableConfig(t));

/**
 * Three more rows in every table, whatever the schema holds: each column filled by its kind
 * (unicode text, the JSON of nested values, bytes with zeros, timestamps to the millisecond,
 * both booleans, nulls where allowed), each foreign key pointing at a row of its table.
 */
function fillEveryTable(db: AppDatabase) {
	const client = db.$client;
	const done = new Set<string>();
	while (done.size < tables.length) {
		for (const table of tables) {
			if (done.has(table.name)) continue;
			const parents = table.foreignKeys.map((key) => {
				const reference = key.reference();
				return {
					columns: reference.columns.map((c) => c.name),
					table: getTableConfig(reference.foreignTable).name,
					to: reference.foreignColumns.map((c) => c.name)
				};
			});
			if (parents.some((p) => p.table !== table.name && !done.has(p.table))) continue;
			for (let i = 0; i < 3; i++) {
				const row: Record<string, unknown> = {};
				for (const column of table.columns) {
					const name = column.name;
					if (!column.notNull && !column.primary && i === 2) row[name] = null;
					else if (column.columnType === 'SQLiteTimestamp')
						row[name] = 1_767_225_600_123 + i * 86_400_007;
					else if (column.columnType === 'SQLiteBoolean') row[name] = i % 2;
					else if (column.columnType === 'SQLiteInteger') row[name] = 2_000_000_000 - i * 7;
					else if (column.columnType === 'SQLiteTextJson')
						row[name] = JSON.stringify({ i, nested: [1.5, 'ñandú ✓', null, { deep: [true] }] });
					else if (column.columnType === 'SQLiteBlobBuffer')
						row[name] = Buffer.from([0, 255, i, 0]);
					else row[name] = `${table.name}.${name} ${i} — ñ "quoted" 'single' ✓ 🐄`;
				}
				for (const parent of parents) {
					const target = client
						.prepare(
							`select ${parent.to.map((c) => `"${c}"`).join(', ')} from "${parent.table}" order by rowid desc limit 1 offset ${i}`
						)
						.raw(true)
						.get() as unknown[];
					parent.columns.forEach((column, k) => (row[column] = target[k]));
				}
				const names = Object.keys(row);
				client
					.prepare(
						`insert into "${table.name}" (${names.map((n) => `"${n}"`).join(', ')}) values (${names.map(() => '?').join(', ')})`
					)
					.run(...names.map((n) => row[n] as never));
			}
			done.add(table.name);
		}
	}
}

let sqlite: TestDb;
let target: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
beforeEach(async () => {
	sqlite = createSqliteTestDb();
	target = await createPostgresTestDatabase();
});
afterEach(async () => {
	await sqlite.cleanup();
	await target.drop();
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
	const client = new pg.Client({ connectionString: target.url });
	await client.connect();
	try {
		return (await client.query<T>(sql)).rows;
	} finally {
		await client.end();
	}
}

describe('copying SQLite into PostgreSQL (npm run db:copy)', () => {
	it('copies a database with every table filled, and checks counts and checksums per table', async () => {
		await seedDemoContent(sqlite.db, 'demo-password-1');
		fillEveryTable(sqlite.db);
		const counts = Object.fromEntries(
			tables.map((t) => [
				t.name,
				(sqlite.db.$client.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number })
					.n
			])
		);
		expect(Object.values(counts).every((n) => n >= 3)).toBe(true);
		expect(Object.keys(counts)).toHaveLength(29);

		const lines: string[] = [];
		const reports = await copySqliteToPostgres({
			source: sqlite.db.$client,
			targetUrl: target.url,
			sqliteMigrations: SQLITE_MIGRATIONS,
			log: (line) => lines.push(line)
		});
		expect(Object.fromEntries(reports.map((r) => [r.table, r.rows]))).toEqual(counts);
		expect(lines).toHaveLength(29);
		expect(new Set(reports.map((r) => r.checksum)).size).toBe(29);

		// Read back independently of the copy's own check.
		for (const [table, n] of Object.entries(counts))
			expect(
				Number((await query<{ n: string }>(`select count(*) as n from "${table}"`))[0]!.n)
			).toBe(n);
		const [forger] = await query<{ weights: Buffer; shared_at: Date }>(
			`select weights, shared_at from class_forgers where shared_at = to_timestamp(1767225600.123)`
		);
		expect([...forger!.weights]).toEqual([0, 255, 0, 0]);
		expect(forger!.shared_at.getTime()).toBe(1_767_225_600_123);
		const flags = await query<{ artifact_empty: boolean }>(
			`select artifact_empty from progress_events where key like 'progress_events.key %' order by key`
		);
		expect(flags.map((f) => f.artifact_empty)).toEqual([false, true, false]);
		const [payload] = await query<{ payload: string }>(
			`select payload from progress_events where key = 'progress_events.key 1 — ñ "quoted" ''single'' ✓ 🐄'`
		);
		expect(JSON.parse(payload!.payload)).toEqual({
			i: 1,
			nested: [1.5, 'ñandú ✓', null, { deep: [true] }]
		});
		// The demo accounts, byte for byte, so they can log in on PostgreSQL as before.
		const accounts = (rows: { email: string; password_hash: string }[]) =>
			rows.map((r) => `${r.email} ${r.password_hash}`).sort();
		const seeded = sqlite.db.$client
			.prepare("select email, password_hash from users where password_hash like '$argon2%'")
			.all() as { email: string; password_hash: string }[];
		expect(seeded.length).toBeGreaterThanOrEqual(2);
		expect(
			accounts(
				await query("select email, password_hash from users where password_hash like '$argon2%'")
			)
		).toEqual(accounts(seeded));
	}, 60_000);

	it('refuses a target that already holds rows, and writes nothing', async () => {
		fillEveryTable(sqlite.db);
		const options = {
			source: sqlite.db.$client,
			targetUrl: target.url,
			sqliteMigrations: SQLITE_MIGRATIONS
		};
		await copySqliteToPostgres(options);
		const before = await query<{ n: string }>('select count(*) as n from users');
		sqlite.db.$client.prepare("update users set name = 'changed'").run();
		await expect(copySqliteToPostgres(options)).rejects.toThrow(CopyRefused);
		await expect(copySqliteToPostgres(options)).rejects.toThrow(/not empty \(table \w+ has rows\)/);
		expect(await query('select count(*) as n from users')).toEqual(before);
		expect(await query("select 1 from users where name = 'changed'")).toEqual([]);
	}, 60_000);

	it("refuses a target holding another application's tables before creating any of its own", async () => {
		await query('create table invoices (id int primary key)');
		fillEveryTable(sqlite.db);
		await expect(
			copySqliteToPostgres({
				source: sqlite.db.$client,
				targetUrl: target.url,
				sqliteMigrations: SQLITE_MIGRATIONS
			})
		).rejects.toThrow(/other tables: invoices/);
		const created = await query<{ table_name: string }>(
			"select table_name from information_schema.tables where table_schema = 'public'"
		);
		expect(created.map((t) => t.table_name)).toEqual(['invoices']);
	});

	it('refuses a SQLite file that is not migrated to this version', async () => {
		await expect(
			copySqliteToPostgres({
				source: sqlite.db.$client,
				targetUrl: target.url,
				sqliteMigrations: SQLITE_MIGRATIONS + 1
			})
		).rejects.toThrow(/migrations applied. Run "npm run db:migrate"/);
		expect(
			await query("select 1 from information_schema.tables where table_schema = 'public'")
		).toEqual([]);
	});
});
