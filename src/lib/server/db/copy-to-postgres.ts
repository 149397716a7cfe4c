/**
 * Growing up without losing anything: copies an embedded SQLite database into an empty
 * PostgreSQL one (`npm run db:copy`). The target gets the PostgreSQL migrations first; a target
 * that holds any row is refused before anything is written. Every table is copied in one
 * transaction, in an order that satisfies its foreign keys, then read back from both sides:
 * the row count and a checksum of every row's values must match per table, else the copy is
 * rolled back and the report says where it differs.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { is } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { sqliteBuilders } from './columns';
import { defineTables } from './tables';

export interface TableReport {
	table: string;
	rows: number;
	checksum: string;
}

export class CopyRefused extends Error {
	override name = 'CopyRefused';
}

type Kind = 'text' | 'json' | 'integer' | 'timestamp' | 'boolean' | 'bytes';

interface TablePlan {
	name: string;
	columns: { name: string; kind: Kind }[];
	/** Tables whose rows this one's foreign keys point at. */
	parents: string[];
}

const KIND: Record<string, Kind> = {
	SQLiteText: 'text',
	SQLiteTextJson: 'json',
	SQLiteInteger: 'integer',
	SQLiteTimestamp: 'timestamp',
	SQLiteBoolean: 'boolean',
	SQLiteBlobBuffer: 'bytes'
};

function plan(): TablePlan[] {
	const tables = Object.values(defineTables(sqliteBuilders)).filter((t) => is(t, SQLiteTable));
	const plans = tables.map((table) => {
		const config = getTableConfig(table);
		return {
			name: config.name,
			columns: config.columns.map((column: SQLiteColumn) => {
				const kind = KIND[column.columnType];
				if (!kind)
					throw new Error(`no copy rule for ${config.name}.${column.name} (${column.columnType})`);
				return { name: column.name, kind };
			}),
			parents: config.foreignKeys
				.map((key) => getTableConfig(key.reference().foreignTable).name)
				.filter((parent) => parent !== config.name)
		};
	});
	// Parents before children, so every foreign key holds as each row goes in.
	const ordered: TablePlan[] = [];
	const placed = new Set<string>();
	while (ordered.length < plans.length) {
		const next = plans.filter(
			(p) => !placed.has(p.name) && p.parents.every((name) => placed.has(name))
		);
		if (next.length === 0) throw new Error('the foreign keys form a cycle');
		for (const table of next) {
			ordered.push(table);
			placed.add(table.name);
		}
	}
	return ordered;
}

/** One value in the same words on both sides: what the checksum hashes. */
function canonical(kind: Kind, value: unknown): unknown {
	if (value === null || value === undefined) return null;
	switch (kind) {
		case 'timestamp':
			return value instanceof Date ? value.getTime() : Number(value);
		case 'boolean':
			return value === true || value === 1 || value === 1n;
		case 'integer':
			return Number(value);
		case 'bytes':
			return Buffer.from(value as Uint8Array).toString('base64');
		default:
			return String(value);
	}
}

/**
 * A checksum that does not depend on row order (the two databases sort text differently): the
 * sum, modulo 2^128, of each row's SHA-256 (first 16 bytes), with the row count.
 */
class TableChecksum {
	private sum = 0n;
	rows = 0;
	add(values: unknown[]): void {
		const digest = createHash('sha256').update(JSON.stringify(values)).digest();
		this.sum = (this.sum + BigInt('0x' + digest.subarray(0, 16).toString('hex'))) % (1n << 128n);
		this.rows++;
	}
	get value(): string {
		return this.sum.toString(16).padStart(32, '0');
	}
}

/** What the SQLite value becomes in the PostgreSQL column. */
function toPostgres(kind: Kind, value: unknown): unknown {
	if (value === null || value === undefined) return null;
	switch (kind) {
		case 'timestamp':
			return new Date(Number(value));
		case 'boolean':
			return Number(value) !== 0;
		case 'integer':
			return Number(value);
		default:
			return value;
	}
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function sqliteSide(source: Database.Database, table: TablePlan): TableReport {
	const checksum = new TableChecksum();
	const select = source
		.prepare(
			`select ${table.columns.map((c) => quote(c.name)).join(', ')} from ${quote(table.name)}`
		)
		.raw(true);
	for (const row of select.iterate() as Iterable<unknown[]>)
		checksum.add(row.map((value, i) => canonical(table.columns[i]!.kind, value)));
	return { table: table.name, rows: checksum.rows, checksum: checksum.value };
}

async function postgresSide(client: pg.PoolClient, table: TablePlan): Promise<TableReport> {
	const checksum = new TableChecksum();
	const cursor = `copy_${table.name}`;
	await client.query(
		`declare ${cursor} no scroll cursor for select ${table.columns.map((c) => quote(c.name)).join(', ')} from ${quote(table.name)}`
	);
	for (;;) {
		const batch = await client.query({ text: `fetch 2000 from ${cursor}`, rowMode: 'array' });
		for (const row of batch.rows as unknown[][])
			checksum.add(row.map((value, i) => canonical(table.columns[i]!.kind, value)));
		if (batch.rows.length < 2000) break;
	}
	await client.query(`close ${cursor}`);
	return { table: table.name, rows: checksum.rows, checksum: checksum.value };
}

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

async function copyTable(source: Database.Database, client: pg.PoolClient, table: TablePlan) {
	const names = table.columns.map((c) => quote(c.name)).join(', ');
	const perStatement = Math.max(
		1,
		Math.min(1000, Math.floor(MAX_PARAMETERS / table.columns.length))
	);
	const select = source.prepare(`select ${names} from ${quote(table.name)}`).raw(true);
	let batch: unknown[] = [];
	let rows = 0;
	const flush = async () => {
		if (rows === 0) return;
		const width = table.columns.length;
		const tuples = Array.from(
			{ length: rows },
			(_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`
		);
		await client.query(
			`insert into ${quote(table.name)} (${names}) values ${tuples.join(', ')}`,
			batch
		);
		batch = [];
		rows = 0;
	};
	for (const row of select.iterate() as Iterable<unknown[]>) {
		row.forEach((value, i) => batch.push(toPostgres(table.columns[i]!.kind, value)));
		if (++rows === perStatement) await flush();
	}
	await flush();
}

/** Checks the SQLite file has every migration applied, so its tables are the schema's. */
function checkSourceIsCurrent(source: Database.Database, expectedMigrations: number) {
	const applied = source
		.prepare(
			"select count(*) as n from sqlite_master where type = 'table' and name = '__drizzle_migrations'"
		)
		.get() as { n: number };
	const count = applied.n
		? (source.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n
		: 0;
	if (count !== expectedMigrations)
		throw new CopyRefused(
			`The SQLite database has ${count} of ${expectedMigrations} migrations applied. Run "npm run db:migrate" with DATABASE_URL set to it first (or start the app on it once).`
		);
}

export async function copySqliteToPostgres(options: {
	source: Database.Database;
	targetUrl: string;
	/** Migrations the SQLite file must have applied (the journal's entries). */
	sqliteMigrations: number;
	postgresMigrationsFolder?: string;
	log?: (line: string) => void;
}): Promise<TableReport[]> {
	const log = options.log ?? (() => {});
	checkSourceIsCurrent(options.source, options.sqliteMigrations);
	const tables = plan();
	const pool = new pg.Pool({ connectionString: options.targetUrl, max: 1 });
	// One snapshot of the source for the whole copy, even if the app is still writing to it.
	options.source.exec('begin');
	try {
		await refuseForeignOrFilledTables(pool, new Set(tables.map((t) => t.name)));
		await migrate(drizzle(pool), {
			migrationsFolder: options.postgresMigrationsFolder ?? 'drizzle-pg'
		});
		const client = await pool.connect();
		try {
			await client.query('begin');
			// Again inside the transaction, with the tables locked: nobody filled them meanwhile.
			await client.query(
				`lock table ${tables.map((t) => quote(t.name)).join(', ')} in exclusive mode`
			);
			for (const table of tables) await refuseRows(client, table.name);
			const reports: TableReport[] = [];
			for (const table of tables) {
				await copyTable(options.source, client, table);
				const from = sqliteSide(options.source, table);
				const to = await postgresSide(client, table);
				if (from.rows !== to.rows || from.checksum !== to.checksum)
					throw new Error(
						`Table ${table.name} differs after the copy: SQLite ${from.rows} rows (${from.checksum}), PostgreSQL ${to.rows} rows (${to.checksum}). Nothing was written.`
					);
				log(
					`${table.name.padEnd(22)} ${String(from.rows).padStart(9)} rows  checksum ${from.checksum}`
				);
				reports.push(from);
			}
			await client.query('commit');
			return reports;
		} catch (error) {
			await client.query('rollback').catch(() => {});
			throw error;
		} finally {
			client.release();
		}
	} finally {
		options.source.exec('rollback');
		await pool.end();
	}
}

/** Before the migrations touch it: the target holds no table of anything else, and no row of ours. */
async function refuseForeignOrFilledTables(pool: pg.Pool, ours: Set<string>) {
	const { rows } = await pool.query<{ name: string }>(
		"select table_name as name from information_schema.tables where table_schema = 'public'"
	);
	const foreign = rows.map((row) => row.name).filter((name) => !ours.has(name));
	if (foreign.length)
		throw new CopyRefused(
			`The PostgreSQL database is not empty (it holds other tables: ${foreign.slice(0, 5).join(', ')}). Nothing was written: copy into a new, empty database.`
		);
	for (const { name } of rows) await refuseRows(pool, name);
}

async function refuseRows(client: pg.Pool | pg.PoolClient, table: string) {
	const { rows } = await client.query<{ filled: boolean }>(
		`select exists (select 1 from ${quote(table)}) as filled`
	);
	if (rows[0]!.filled)
		throw new CopyRefused(
			`The PostgreSQL database is not empty (table ${table} has rows). Nothing was written: copy into a new, empty database.`
		);
}
