import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { drizzle as drizzleSync } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle, type SqliteRemoteDatabase } from 'drizzle-orm/sqlite-proxy';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dialect } from './dialect';
import * as schema from './schema';

/**
 * The database services are written against: drizzle's asynchronous query builder, the same on
 * SQLite and PostgreSQL (every query is awaited; `first`, `run` in `query.ts` stand in for
 * SQLite's `.get()` and `.run()`). `$client` is the SQLite connection.
 */
export type AppDatabase = SqliteRemoteDatabase<typeof schema> & {
	/** The SQLite connection (on PostgreSQL, the connection pool: use it only in dialect code). */
	$client: Database.Database;
	$dialect: Dialect;
	/** Closes the connection (or every connection of the pool). */
	$close(): Promise<void>;
};

/** Opens a SQLite file (creating its folder) with WAL, foreign keys and a busy timeout. */
export function openDatabase(url: string): AppDatabase {
	const path = url.startsWith('file:') ? url.slice('file:'.length) : url;
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	reusePreparedStatements(sqlite);
	const gate = new ConnectionGate();
	const db = drizzle(
		async (source, params, method) => {
			const wait = gate.turn();
			if (wait) await wait;
			return execute(sqlite, source, params, method);
		},
		{ schema }
	) as AppDatabase;
	const transaction = db.transaction.bind(db);
	db.transaction = ((work, config) => {
		// A service that opens a transaction inside another one joins it (one connection).
		const open = gate.transactionHere();
		if (open) return work(open as never);
		return gate.exclusive((store) =>
			transaction(
				(tx) => {
					store.tx = tx;
					return work(tx);
				},
				{ behavior: 'immediate', ...config }
			)
		);
	}) as AppDatabase['transaction'];
	return Object.assign(db, {
		$client: sqlite,
		$dialect: 'sqlite' as const,
		$close: async () => void sqlite.close()
	});
}

/** Runs one statement the way drizzle's asynchronous SQLite driver expects its answer. */
function execute(
	sqlite: Database.Database,
	source: string,
	params: unknown[],
	method: 'run' | 'all' | 'values' | 'get'
): { rows: unknown[]; changes?: number } {
	const statement = sqlite.prepare(source);
	if (!statement.reader) {
		const { changes } = statement.run(...params);
		return { rows: [], changes };
	}
	statement.raw(true);
	if (method === 'get') return { rows: statement.get(...params) as unknown[] };
	const rows = statement.all(...params);
	return method === 'run' ? { rows: [], changes: 0 } : { rows };
}

/**
 * One SQLite connection serves every request, so an open transaction must have it to itself:
 * while one is open, statements from anywhere else wait for its end (they would otherwise land
 * inside it and be rolled back with it). Statements of the transaction itself are recognised by
 * their async context. At its end the waiting statements go first, then the next transaction in
 * line: each waiter is woken once, not every waiter at every end.
 */
class ConnectionGate {
	private holder: object | null = null;
	private readonly statements: (() => void)[] = [];
	private readonly transactions: (() => void)[] = [];
	private readonly context = new AsyncLocalStorage<{ token: object; tx?: unknown }>();

	/** Undefined when a statement may run now; else a promise of its turn. */
	turn(): Promise<void> | undefined {
		if (!this.holder || this.context.getStore()?.token === this.holder) return undefined;
		return new Promise((resolve) => this.statements.push(resolve));
	}

	transactionHere(): unknown {
		const store = this.context.getStore();
		return store && store.token === this.holder ? store.tx : undefined;
	}

	async exclusive<T>(work: (store: { token: object; tx?: unknown }) => Promise<T>): Promise<T> {
		while (this.holder) await new Promise<void>((resolve) => this.transactions.push(resolve));
		const store: { token: object; tx?: unknown } = { token: {} };
		this.holder = store.token;
		try {
			return await this.context.run(store, () => work(store));
		} finally {
			this.holder = null;
			for (const go of this.statements.splice(0)) go();
			this.transactions.shift()?.();
		}
	}
}

/**
 * Drizzle prepares every query it runs; SQLite's compile step then costs more than most of our
 * queries themselves (see bench/README.md). The same SQL text always compiles to the same program,
 * so statements are kept and reused (least recently used first out). Drizzle switches a reused
 * statement to array rows with `raw()`, so each reuse starts from object rows again, as new.
 */
export function reusePreparedStatements(sqlite: Database.Database, max = 500): void {
	const prepare = sqlite.prepare.bind(sqlite);
	const kept = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		let statement = kept.get(source);
		if (statement) {
			kept.delete(source);
			if (statement.reader) statement.raw(false);
		} else {
			statement = prepare(source);
			if (kept.size >= max) kept.delete(kept.keys().next().value!);
		}
		kept.set(source, statement);
		return statement;
	}) as Database.Database['prepare'];
}

export function migrateDatabase(db: AppDatabase, migrationsFolder: string): void {
	migrate(drizzleSync(db.$client), { migrationsFolder });
}
