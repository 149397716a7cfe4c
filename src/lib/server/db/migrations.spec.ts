import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSQLiteDrizzleJson, generateSQLiteMigration } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';
import * as schema from './schema';
import { createSqliteTestDb } from '../testing/test-db';
import { migrateDatabase, openDatabase } from './client';
import { rebuildEventCounts } from '../event-counts';

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

/** A database in `dir` with the migrations up to `last` only, as a server had it before an upgrade. */
function databaseMigratedUpTo(dir: string, last: number) {
	const before = join(dir, 'before');
	cpSync(migrationsDir, before, { recursive: true });
	const journalPath = join(before, 'meta', '_journal.json');
	const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
	journal.entries = journal.entries.filter((entry) => entry.idx <= last);
	writeFileSync(journalPath, JSON.stringify(journal));
	const db = openDatabase(join(dir, 'app.db'));
	migrateDatabase(db, before);
	return db;
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

	it('apply to a new database file with WAL, foreign keys and a busy timeout', async () => {
		const { db, cleanup } = createSqliteTestDb();
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
				'class_forgers',
				'classes',
				'doodle_labels',
				'doodles',
				'event_counts',
				'event_registrations',
				'events',
				'job_runs',
				'lesson_progress',
				'outbox',
				'progress_events',
				'quickdraw_labels',
				'rate_limits',
				'recommender_likes',
				'recommender_votes',
				'sessions',
				'signup_requests',
				'step_completions',
				'step_visits',
				'student_sessions',
				'students',
				'training_materials',
				'training_notices',
				'training_seats',
				'training_sessions',
				'trusted_devices',
				'trusted_logins',
				'users'
			]);
		} finally {
			await cleanup();
		}
	});

	it('0013 counts the registrations stored before it, as the service keeps the counters', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dayofai-migrate-'));
		try {
			const db = databaseMigratedUpTo(dir, 12);
			const sqlite = db.$client;
			const day = 86_400_000;
			sqlite.exec(`
				insert into events (id, slug, name, day, time_zone, goal, opens_at, closes_at)
					values ('e', 'e', 'E', '2027-05-13', 'UTC', 10, 0, ${400 * 365 * day});
				insert into event_registrations (id, event_id, email_key, name, role, organisation, country,
					region, grade_bands, expected_students, language, created_at, updated_at) values
					('1', 'e', 'a@x', 'A', 'teacher', 'S', 'US', '', '3-5;6-8', 20, 'en', ${20000 * day + 5}, 0),
					('2', 'e', 'b@x', 'B', 'parent', 'S', 'US', '', '9-12', 5, 'en', ${20000 * day + 9}, 0),
					('3', 'e', 'c@x', 'C', 'teacher', 'S', 'MX', '', '', 0, 'en', ${20001 * day}, 0);
			`);
			migrateDatabase(db, migrationsDir);
			const rows = () =>
				sqlite
					.prepare(
						'select dimension, day, value, registrations, expected_students from event_counts order by dimension, day, value'
					)
					.all();
			expect(rows()).toEqual([
				{ dimension: 'band', day: 20000, value: '3-5', registrations: 1, expected_students: 20 },
				{ dimension: 'band', day: 20000, value: '6-8', registrations: 1, expected_students: 20 },
				{ dimension: 'band', day: 20000, value: '9-12', registrations: 1, expected_students: 5 },
				{ dimension: 'country', day: 20000, value: 'US', registrations: 2, expected_students: 25 },
				{ dimension: 'country', day: 20001, value: 'MX', registrations: 1, expected_students: 0 },
				{ dimension: 'role', day: 20000, value: 'parent', registrations: 1, expected_students: 5 },
				{
					dimension: 'role',
					day: 20000,
					value: 'teacher',
					registrations: 1,
					expected_students: 20
				},
				{ dimension: 'role', day: 20001, value: 'teacher', registrations: 1, expected_students: 0 }
			]);
			// The same as counting them again from scratch with the service.
			const migrated = rows();
			await rebuildEventCounts(db, 'e');
			expect(rows()).toEqual(migrated);
			sqlite.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('0004 fills the progress summaries from events stored before it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dayofai-migrate-'));
		try {
			// The migrations up to 0003 only, as a server had them before the upgrade.
			const db = databaseMigratedUpTo(dir, 3);
			const sqlite = db.$client;
			sqlite.exec(`
				insert into users (id, email, name, password_hash, country, school) values ('t', 't@x', 'T', 'x', 'US', 'S');
				insert into classes (id, teacher_id, name, band, join_code) values ('c', 't', 'C', '3-5', 'ACDEFG');
				insert into students (id, class_id, display_name) values ('s', 'c', 'Ana');
			`);
			const insert = sqlite.prepare(
				'insert into progress_events (student_id, key, context, step, type, payload, at) values (?, ?, ?, ?, ?, ?, ?)'
			);
			const lesson = 'what-is-ai/3-5/spot-the-ai';
			insert.run(
				's',
				'a',
				lesson,
				'intro',
				'step-completed',
				'{"type":"step-completed","step":"intro"}',
				2000
			);
			insert.run(
				's',
				'b',
				lesson,
				'intro',
				'step-completed',
				'{"type":"step-completed","step":"intro"}',
				1000
			);
			insert.run('s', 'c', lesson, 'quiz', 'score', '{"type":"score","correct":2,"total":3}', 3000);
			insert.run('s', 'd', lesson, 'quiz', 'score', '{"type":"score","correct":3,"total":3}', 4000);
			insert.run('s', 'e', 'activity:ai-or-not', null, 'started', '{"type":"started"}', 500);

			migrateDatabase(db, migrationsDir);
			expect(sqlite.prepare('select * from lesson_progress order by context').all()).toEqual([
				{
					student_id: 's',
					context: 'activity:ai-or-not',
					started_at: 500,
					score_correct: null,
					score_total: null,
					scored_at: null
				},
				{
					student_id: 's',
					context: lesson,
					started_at: 1000,
					score_correct: 3,
					score_total: 3,
					scored_at: 4000
				}
			]);
			expect(sqlite.prepare('select * from step_completions').all()).toEqual([
				{ student_id: 's', context: lesson, step: 'intro', completed_at: 1000 }
			]);
			sqlite.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('0017 fills the visited steps from events stored before it, each from its first event', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dayofai-migrate-'));
		try {
			const db = databaseMigratedUpTo(dir, 16);
			const sqlite = db.$client;
			sqlite.exec(`
				insert into users (id, email, name, password_hash, country, school) values ('t', 't@x', 'T', 'x', 'US', 'S');
				insert into classes (id, teacher_id, name, band, join_code) values ('c', 't', 'C', '3-5', 'ACDEFG');
				insert into students (id, class_id, display_name) values ('s', 'c', 'Ana'), ('z', 'c', 'Zed');
			`);
			const insert = sqlite.prepare(
				"insert into progress_events (student_id, key, context, step, type, payload, at) values (?, ?, 'what-is-ai/3-5/spot-the-ai', ?, 'opened', '{\"type\":\"opened\"}', ?)"
			);
			insert.run('s', 'a', 'intro', 3000);
			insert.run('s', 'b', 'intro', 1000);
			insert.run('s', 'c', 'quiz', 2000);
			insert.run('z', 'd', null, 500);
			migrateDatabase(db, migrationsDir);
			expect(sqlite.prepare('select * from step_visits order by student_id, step').all()).toEqual([
				{ student_id: 's', context: 'what-is-ai/3-5/spot-the-ai', step: 'intro', first_at: 1000 },
				{ student_id: 's', context: 'what-is-ai/3-5/spot-the-ai', step: 'quiz', first_at: 2000 }
			]);
			sqlite.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('0007 fills artifact kinds, cleared reflections and storage used from events stored before it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dayofai-migrate-'));
		try {
			const db = databaseMigratedUpTo(dir, 6);
			const sqlite = db.$client;
			sqlite.exec(`
				insert into users (id, email, name, password_hash, country, school) values ('t', 't@x', 'T', 'x', 'US', 'S');
				insert into classes (id, teacher_id, name, band, join_code) values ('c', 't', 'C', '3-5', 'ACDEFG');
				insert into students (id, class_id, display_name) values ('s', 'c', 'Ana'), ('z', 'c', 'Zed');
			`);
			const insert = sqlite.prepare(
				"insert into progress_events (student_id, key, context, step, type, payload, at) values ('s', ?, 'what-is-ai/3-5/spot-the-ai', 'exit-ticket', ?, ?, 1000)"
			);
			const payloads = {
				said: '{"type":"artifact","kind":"reflection","title":"x","data":{"text":"Robots learn"}}',
				cleared: '{"type":"artifact","kind":"reflection","title":"x","data":{"text":"  "}}',
				sorted: '{"type":"artifact","kind":"ai-or-not-sort","title":"x","data":{"placements":[]}}',
				done: '{"type":"step-completed","step":"exit-ticket"}',
				// Four bytes in UTF-8 for one character: storage counts bytes.
				emoji: '{"type":"artifact","kind":"reflection","title":"x","data":{"text":"🐄"}}'
			};
			for (const [key, payload] of Object.entries(payloads))
				insert.run(key, key === 'done' ? 'step-completed' : 'artifact', payload);

			migrateDatabase(db, migrationsDir);
			const rows = sqlite
				.prepare(
					'select key, artifact_kind, artifact_empty, bytes from progress_events order by key'
				)
				.all();
			const bytes = (text: string) => Buffer.byteLength(text);
			expect(rows).toEqual([
				{
					key: 'cleared',
					artifact_kind: 'reflection',
					artifact_empty: 1,
					bytes: bytes(payloads.cleared)
				},
				{ key: 'done', artifact_kind: null, artifact_empty: 0, bytes: bytes(payloads.done) },
				{
					key: 'emoji',
					artifact_kind: 'reflection',
					artifact_empty: 0,
					bytes: bytes(payloads.emoji)
				},
				{
					key: 'said',
					artifact_kind: 'reflection',
					artifact_empty: 0,
					bytes: bytes(payloads.said)
				},
				{
					key: 'sorted',
					artifact_kind: 'ai-or-not-sort',
					artifact_empty: 0,
					bytes: bytes(payloads.sorted)
				}
			]);
			const used = Object.values(payloads).reduce((sum, text) => sum + bytes(text), 0);
			expect(sqlite.prepare('select id, stored_bytes from students order by id').all()).toEqual([
				{ id: 's', stored_bytes: used },
				{ id: 'z', stored_bytes: 0 }
			]);
			sqlite.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
