import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSQLiteDrizzleJson, generateSQLiteMigration } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';
import * as schema from './schema';
import { createTestDb } from '../testing/test-db';

const migrationsDir = 'drizzle';

function latestSnapshot() {
	const journal = JSON.parse(
		readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')
	) as {
		entries: { idx: number; tag: string }[];
	};
	const last = journal.entries.at(-1)!;
	const file = `${String(last.idx).padStart(4, '0')}_snapshot.json`;
	return { journal, snapshot: JSON.parse(readFileSync(join(migrationsDir, 'meta', file), 'utf8')) };
}

describe('migrations', () => {
	it('cover the whole schema: a schema change without `npm run db:generate` fails here', async () => {
		const { snapshot } = latestSnapshot();
		const current = await generateSQLiteDrizzleJson(schema as Record<string, unknown>);
		const missing = await generateSQLiteMigration(snapshot, current);
		expect(
			missing,
			`Run "npm run db:generate": these statements have no migration:\n${missing.join('\n')}`
		).toEqual([]);
	});

	it('has one SQL file per journal entry', () => {
		const { journal } = latestSnapshot();
		const sqlFiles = readdirSync(migrationsDir)
			.filter((f) => f.endsWith('.sql'))
			.sort();
		expect(sqlFiles).toEqual(journal.entries.map((e) => `${e.tag}.sql`));
	});

	it('apply to a new database file with WAL, foreign keys and a busy timeout', () => {
		const { db, cleanup } = createTestDb();
		try {
			const client = db.$client;
			expect(client.pragma('journal_mode', { simple: true })).toBe('wal');
			expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
			expect(client.pragma('busy_timeout', { simple: true })).toBe(5000);
			const tables = client
				.prepare(
					"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"
				)
				.all()
				.map((row) => (row as { name: string }).name);
			expect(tables).toEqual([
				'__drizzle_migrations',
				'assignments',
				'classes',
				'progress_events',
				'rate_limits',
				'sessions',
				'student_sessions',
				'students',
				'users'
			]);
		} finally {
			cleanup();
		}
	});
});
