import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, reusePreparedStatements } from './client';

describe('the connection', () => {
	it('uses WAL, foreign_keys=ON, a 5 s busy timeout and synchronous=NORMAL, creating the folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dayofai-client-'));
		const path = join(dir, 'not', 'yet', 'app.db');
		const db = openDatabase(path);
		try {
			const pragma = (name: string) => db.$client.pragma(name, { simple: true });
			expect(existsSync(path)).toBe(true);
			expect(pragma('journal_mode')).toBe('wal');
			expect(pragma('foreign_keys')).toBe(1);
			expect(pragma('busy_timeout')).toBe(5000);
			// SQLite reports synchronous as a number: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
			expect(pragma('synchronous')).toBe(1);
		} finally {
			void db.$close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('prepared statement reuse', () => {
	it('compiles each SQL text once, starts every reuse with object rows, and forgets the oldest', () => {
		const sqlite = new Database(':memory:');
		reusePreparedStatements(sqlite, 2);
		sqlite.exec('create table t (a integer); insert into t values (1), (2)');
		const first = sqlite.prepare('select a from t order by a');
		expect(first.raw().all()).toEqual([[1], [2]]);
		const again = sqlite.prepare('select a from t order by a');
		expect(again).toBe(first);
		expect(again.all()).toEqual([{ a: 1 }, { a: 2 }]);

		const insert = sqlite.prepare('insert into t values (?)');
		expect(sqlite.prepare('insert into t values (?)')).toBe(insert);
		insert.run(3);
		sqlite.prepare('select count(*) as n from t');
		// Capacity 2: the oldest ("select a ...") was dropped and is compiled anew.
		expect(sqlite.prepare('select a from t order by a')).not.toBe(first);
		expect(sqlite.prepare('select count(*) as n from t').get()).toEqual({ n: 3 });
		sqlite.close();
	});
});
