import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, generateSessionToken } from './auth/session';
import { createStudentSession } from './auth/student-session';
import { addRoster, createClass, listStudents } from './classes';
import { getDb } from './db';
import { sessions, studentSessions, users } from './db/schema';
import { HOUSEKEEPING_INTERVAL_MS, housekeeping, startServer } from './startup';
import { run } from './db/query';

const MINUTE = 60 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'dayofai-startup-'));
const saved = { DATABASE_URL: process.env.DATABASE_URL, SEED_DEMO: process.env.SEED_DEMO };

beforeAll(async () => {
	// getDb() opens DATABASE_URL on first use: a temporary file, and no demo content.
	process.env.DATABASE_URL = join(dir, 'app.db');
	process.env.SEED_DEMO = '0';
	await run(
		getDb().insert(users).values({
			id: 'u1',
			email: 'a@x.org',
			name: 'T',
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
	);
});
afterAll(async () => {
	vi.useRealTimers();
	await getDb().$close();
	rmSync(dir, { recursive: true, force: true });
	for (const [name, value] of Object.entries(saved)) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
});

/** A teacher session and a student session that expire `minutes` after `now`. */
async function sessionsExpiringIn(minutes: number, now: Date) {
	const db = getDb();
	// Each lifetime ends `minutes` from now: created the right time ago.
	await createSession(
		db,
		generateSessionToken(),
		'u1',
		new Date(now.getTime() - 30 * 24 * 60 * MINUTE + minutes * MINUTE)
	);
	const klass = await createClass(db, 'u1', { name: 'Room', band: '3-5' });
	await addRoster(db, klass, ['Ana']);
	await createStudentSession(
		db,
		generateSessionToken(),
		(await listStudents(db, klass.id))[0]!.id,
		new Date(now.getTime() - 12 * 60 * MINUTE + minutes * MINUTE)
	);
}
const counts = async () => ({
	sessions: (await getDb().select().from(sessions)).length,
	studentSessions: (await getDb().select().from(studentSessions)).length
});

describe('housekeeping', () => {
	it('deletes expired teacher and student sessions, and keeps live ones', async () => {
		const now = new Date('2026-11-25T09:00:00Z');
		await sessionsExpiringIn(-1, now);
		await sessionsExpiringIn(10, now);
		expect(await counts()).toEqual({ sessions: 2, studentSessions: 2 });
		await housekeeping(getDb(), now);
		expect(await counts()).toEqual({ sessions: 1, studentSessions: 1 });
		await housekeeping(getDb(), new Date(now.getTime() + 11 * MINUTE));
		expect(await counts()).toEqual({ sessions: 0, studentSessions: 0 });
	});

	it('runs every hour once the server has started', async () => {
		expect(HOUSEKEEPING_INTERVAL_MS).toBe(60 * MINUTE);
		vi.useFakeTimers({ now: new Date('2026-11-26T09:00:00Z') });
		await startServer();
		// Expired 1 minute after start: nothing sees them until the next hourly run.
		await sessionsExpiringIn(1, new Date());
		await vi.advanceTimersByTimeAsync(60 * MINUTE - 1);
		expect(await counts()).toEqual({ sessions: 1, studentSessions: 1 });
		await vi.advanceTimersByTimeAsync(1);
		expect(await counts()).toEqual({ sessions: 0, studentSessions: 0 });
		vi.useRealTimers();
	});
});
