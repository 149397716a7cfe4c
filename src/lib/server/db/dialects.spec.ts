import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBuilders, sqliteBuilders } from './columns';
import { defineTables } from './tables';
import { createSqliteTestDb } from '../testing/test-db';
import { createPostgresTestDatabase } from '../testing/test-postgres';

/** A migrated database's shape, the same words for both: what the schema-equality check compares. */
interface Shape {
	tables: string[];
	columns: Record<string, { notNull: boolean; hasDefault: boolean; type: string }>;
	primaryKeys: Record<string, string[]>;
	foreignKeys: string[];
	uniques: string[];
	indexes: string[];
}

/** The PostgreSQL type each SQLite column (by drizzle's kind of column) becomes: `columns.ts`. */
const POSTGRES_TYPE: Record<string, string> = {
	SQLiteText: 'text',
	SQLiteTextJson: 'text',
	SQLiteInteger: 'integer',
	SQLiteTimestamp: 'timestamp with time zone',
	SQLiteBoolean: 'boolean',
	SQLiteBlobBuffer: 'bytea'
};

const sqliteTables = Object.values(defineTables(sqliteBuilders)).filter((t) => is(t, SQLiteTable));

/** What each column is on PostgreSQL, predicted from the SQLite schema alone. */
function predictedPostgresTypes(): Record<string, string> {
	const types: Record<string, string> = {};
	for (const table of sqliteTables) {
		const config = getTableConfig(table);
		for (const column of config.columns) {
			const type = POSTGRES_TYPE[column.columnType];
			if (!type) throw new Error(`no PostgreSQL type for ${column.columnType}`);
			types[`${config.name}.${column.name}`] = type;
		}
	}
	return types;
}

const ACTION: Record<string, string> = {
	c: 'cascade',
	n: 'set null',
	a: 'no action',
	r: 'restrict',
	d: 'set default'
};

function sqliteShape(client: import('better-sqlite3').Database): Shape {
	const tables = (
		client
			.prepare(
				"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name"
			)
			.all() as { name: string }[]
	).map((row) => row.name);
	const shape: Shape = {
		tables,
		columns: {},
		primaryKeys: {},
		foreignKeys: [],
		uniques: [],
		indexes: []
	};
	for (const table of tables) {
		const columns = client.pragma(`table_info(${table})`) as {
			name: string;
			notnull: number;
			dflt_value: string | null;
			pk: number;
			type: string;
		}[];
		for (const column of columns)
			shape.columns[`${table}.${column.name}`] = {
				notNull: column.notnull === 1 || column.pk > 0,
				hasDefault: column.dflt_value !== null,
				type: column.type.toLowerCase()
			};
		shape.primaryKeys[table] = columns
			.filter((c) => c.pk > 0)
			.sort((a, b) => a.pk - b.pk)
			.map((c) => c.name);
		const keys = client.pragma(`foreign_key_list(${table})`) as {
			id: number;
			table: string;
			from: string;
			to: string;
			on_delete: string;
		}[];
		for (const key of keys)
			shape.foreignKeys.push(
				`${table}(${key.from}) -> ${key.table}(${key.to}) on delete ${key.on_delete.toLowerCase()}`
			);
		const indexes = client.pragma(`index_list(${table})`) as {
			name: string;
			unique: number;
			origin: string;
		}[];
		for (const index of indexes) {
			if (index.origin === 'pk') continue;
			const columnsOf = (client.pragma(`index_info(${index.name})`) as { name: string }[]).map(
				(c) => c.name
			);
			if (index.unique) shape.uniques.push(`${table}(${columnsOf.join(', ')})`);
			// A column's `.unique()`: an index here, a constraint on PostgreSQL (compared as uniques).
			const constraint = index.name === `${table}_${columnsOf.join('_')}_unique`;
			if (index.origin === 'c' && !constraint)
				shape.indexes.push(
					`${index.name} on ${table}(${columnsOf.join(', ')})${index.unique ? ' unique' : ''}`
				);
		}
	}
	shape.foreignKeys.sort();
	shape.uniques.sort();
	shape.indexes.sort();
	return shape;
}

async function postgresShape(client: pg.Pool): Promise<Shape> {
	const tables = (
		await client.query<{ name: string }>(
			"select table_name as name from information_schema.tables where table_schema = 'public' order by table_name"
		)
	).rows.map((row) => row.name);
	const shape: Shape = {
		tables,
		columns: {},
		primaryKeys: {},
		foreignKeys: [],
		uniques: [],
		indexes: []
	};
	const columns = await client.query<{
		table_name: string;
		column_name: string;
		is_nullable: string;
		column_default: string | null;
		data_type: string;
	}>(
		"select table_name, column_name, is_nullable, column_default, data_type from information_schema.columns where table_schema = 'public'"
	);
	for (const column of columns.rows)
		shape.columns[`${column.table_name}.${column.column_name}`] = {
			notNull: column.is_nullable === 'NO',
			hasDefault: column.column_default !== null,
			type: column.data_type
		};
	// Every index with its table, columns in order, and whether it is unique or the primary key.
	const indexes = await client.query<{
		name: string;
		table: string;
		columns: string[];
		unique: boolean;
		primary: boolean;
		constraint: boolean;
	}>(`
		select i.relname as name, t.relname as table, x.indisunique as unique, x.indisprimary as primary,
			exists (select 1 from pg_constraint c where c.conindid = x.indexrelid) as constraint,
			array(select a.attname from unnest(x.indkey) with ordinality k(attnum, n)
				join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n)::text[] as columns
		from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
		join pg_namespace s on s.oid = t.relnamespace where s.nspname = 'public' and t.relname <> '__drizzle_migrations'`);
	for (const table of tables) shape.primaryKeys[table] = [];
	for (const index of indexes.rows) {
		if (index.primary) {
			shape.primaryKeys[index.table] = index.columns;
			continue;
		}
		if (index.unique) shape.uniques.push(`${index.table}(${index.columns.join(', ')})`);
		if (!index.constraint)
			shape.indexes.push(
				`${index.name} on ${index.table}(${index.columns.join(', ')})${index.unique ? ' unique' : ''}`
			);
	}
	const keys = await client.query<{
		table: string;
		from: string[];
		to_table: string;
		to: string[];
		action: string;
	}>(`
		select t.relname as table, f.relname as to_table, c.confdeltype as action,
			array(select a.attname from unnest(c.conkey) k(n) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n)::text[] as from,
			array(select a.attname from unnest(c.confkey) k(n) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n)::text[] as to
		from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class f on f.oid = c.confrelid
		where c.contype = 'f'`);
	for (const key of keys.rows)
		shape.foreignKeys.push(
			`${key.table}(${key.from.join(', ')}) -> ${key.to_table}(${key.to.join(', ')}) on delete ${ACTION[key.action]}`
		);
	shape.foreignKeys.sort();
	shape.uniques.sort();
	shape.indexes.sort();
	return shape;
}

describe('one schema, two databases', () => {
	let sqlite: Shape;
	let postgres: Shape;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const test = createSqliteTestDb();
		sqlite = sqliteShape(test.db.$client);
		await test.cleanup();
		const database = await createPostgresTestDatabase();
		drop = database.drop;
		const pool = new pg.Pool({ connectionString: database.url, max: 1 });
		try {
			await migrate(drizzle(pool), { migrationsFolder: 'drizzle-pg' });
			postgres = await postgresShape(pool);
		} finally {
			await pool.end();
		}
	}, 60_000);
	afterAll(async () => drop?.());

	it('the migrated databases have the same tables, columns, keys and indexes', () => {
		expect(postgres.tables).toEqual(sqlite.tables);
		expect(postgres.tables).toHaveLength(29);
		const nullability = (shape: Shape) =>
			Object.fromEntries(
				Object.entries(shape.columns).map(([name, c]) => [
					name,
					{ notNull: c.notNull, hasDefault: c.hasDefault }
				])
			);
		expect(nullability(postgres)).toEqual(nullability(sqlite));
		expect(postgres.primaryKeys).toEqual(sqlite.primaryKeys);
		expect(postgres.foreignKeys).toEqual(sqlite.foreignKeys);
		expect(postgres.foreignKeys.length).toBeGreaterThan(25);
		expect(postgres.uniques).toEqual(sqlite.uniques);
		expect(postgres.indexes).toEqual(sqlite.indexes);
		expect(postgres.indexes.length).toBeGreaterThan(20);
	});

	it('each column has the PostgreSQL type columns.ts maps its SQLite kind to', () => {
		const types = Object.fromEntries(
			Object.entries(postgres.columns).map(([name, c]) => [name, c.type])
		);
		expect(types).toEqual(predictedPostgresTypes());
		expect(Object.values(types)).toContain('timestamp with time zone');
		expect(Object.values(types)).toContain('bytea');
		expect(Object.values(types)).toContain('boolean');
	});

	it('drizzle-pg/ covers the whole schema: a change without `npm run db:generate` fails here', async () => {
		const journal = JSON.parse(
			readFileSync(join('drizzle-pg', 'meta', '_journal.json'), 'utf8')
		) as {
			entries: { idx: number }[];
		};
		const last = journal.entries.at(-1)!.idx;
		const snapshot = JSON.parse(
			readFileSync(
				join('drizzle-pg', 'meta', `${String(last).padStart(4, '0')}_snapshot.json`),
				'utf8'
			)
		);
		const current = generateDrizzleJson(defineTables(postgresBuilders) as Record<string, unknown>);
		const missing = await generateMigration(snapshot, current);
		expect(missing, `Run "npm run db:generate":\n${missing.join('\n')}`).toEqual([]);
	});
});
