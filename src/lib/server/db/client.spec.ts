import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { reusePreparedStatements } from './client';

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
