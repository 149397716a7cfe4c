/**
 * The schema's building blocks for both databases. `schema.ts` is written once with these; in a
 * process on PostgreSQL (see `dialect.ts`) they build PostgreSQL tables with the same names,
 * columns, keys and indexes, mapped to the nearest type:
 *
 * | SQLite (written)                 | PostgreSQL                               |
 * | -------------------------------- | ---------------------------------------- |
 * | `integer` (number)               | `integer`                                |
 * | `integer`, mode `timestamp_ms`   | `timestamp(3) with time zone`            |
 * | `integer`, mode `boolean`        | `boolean`                                |
 * | `text` (also with `enum`)        | `text`                                   |
 * | `text`, mode `json`              | `text` holding the same JSON text        |
 * | `blob`, mode `buffer`            | `bytea`                                  |
 *
 * Types are SQLite's on both, so services are written once; the drivers see the real columns.
 * JSON stays text on PostgreSQL so a payload has the same bytes (and size budget) on both.
 */
import { sql, type SQL } from 'drizzle-orm';
import * as pg from 'drizzle-orm/pg-core';
import * as lite from 'drizzle-orm/sqlite-core';
import { activeDialect, type Dialect } from './dialect';

export interface SchemaBuilders {
	dialect: Dialect;
	table: typeof lite.sqliteTable;
	text: typeof lite.text;
	integer: typeof lite.integer;
	blob: typeof lite.blob;
	index: typeof lite.index;
	uniqueIndex: typeof lite.uniqueIndex;
	primaryKey: typeof lite.primaryKey;
	/** The current time in milliseconds, as a column default. */
	now: () => SQL;
}

type ColumnConfig = { mode?: string; enum?: readonly string[] } | undefined;

const jsonText = pg.customType<{ data: unknown; driverData: string }>({
	dataType: () => 'text',
	toDriver: (value) => JSON.stringify(value),
	fromDriver: (value) => JSON.parse(value)
});

const bytea = pg.customType<{ data: Buffer; driverData: Buffer }>({
	dataType: () => 'bytea'
});

function pgText(name: string, config?: ColumnConfig) {
	if (config?.mode === 'json') return jsonText(name);
	return config?.enum
		? pg.text(name, { enum: config.enum as [string, ...string[]] })
		: pg.text(name);
}

function pgInteger(name: string, config?: ColumnConfig) {
	switch (config?.mode) {
		case 'timestamp_ms':
			return pg.timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
		case 'boolean':
			return pg.boolean(name);
		case undefined:
		case 'number':
			return pg.integer(name);
		default:
			throw new Error(`No PostgreSQL column for integer mode "${config?.mode}" (${name})`);
	}
}

function pgBlob(name: string, config?: ColumnConfig) {
	if (config?.mode !== 'buffer')
		throw new Error(`Only buffer blobs have a PostgreSQL twin (${name})`);
	return bytea(name);
}

export const sqliteBuilders: SchemaBuilders = {
	dialect: 'sqlite',
	table: lite.sqliteTable,
	text: lite.text,
	integer: lite.integer,
	blob: lite.blob,
	index: lite.index,
	uniqueIndex: lite.uniqueIndex,
	primaryKey: lite.primaryKey,
	now: () => sql`(cast(unixepoch('subsec') * 1000 as integer))`
};

export const postgresBuilders: SchemaBuilders = {
	dialect: 'postgres',
	table: pg.pgTable as unknown as typeof lite.sqliteTable,
	text: pgText as unknown as typeof lite.text,
	integer: pgInteger as unknown as typeof lite.integer,
	blob: pgBlob as unknown as typeof lite.blob,
	index: pg.index as unknown as typeof lite.index,
	uniqueIndex: pg.uniqueIndex as unknown as typeof lite.uniqueIndex,
	primaryKey: pg.primaryKey as unknown as typeof lite.primaryKey,
	now: () => sql`now()`
};

export function schemaBuilders(dialect: Dialect = activeDialect()): SchemaBuilders {
	return dialect === 'postgres' ? postgresBuilders : sqliteBuilders;
}
