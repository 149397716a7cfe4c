import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessions, users } from '../db/schema';
import { createTestDb } from '../testing/test-db';
import type { AppDatabase } from '../db/client';
import {
	SESSION_LIFETIME_MS,
	SESSION_RENEW_WITHIN_MS,
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	isWellFormedToken,
	sessionIdFromToken,
	validateSessionToken
} from './session';
import { run, first } from '../db/query';

const DAY = 24 * 60 * 60 * 1000;
let db: AppDatabase;
let cleanup: () => Promise<void>;

async function addUser(id: string, email: string) {
	await run(
		db.insert(users).values({ id, email, name: 'T', passwordHash: 'x', country: 'US', school: 'S' })
	);
}

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	await addUser('u1', 'a@example.org');
	await addUser('u2', 'b@example.org');
});
afterEach(() => cleanup());

describe('session tokens', () => {
	it('are 32 base32 characters, different every time', () => {
		const tokens = new Set(Array.from({ length: 200 }, generateSessionToken));
		expect(tokens.size).toBe(200);
		for (const token of tokens) expect(isWellFormedToken(token)).toBe(true);
	});

	it('are stored only as their SHA-256', async () => {
		const token = generateSessionToken();
		await createSession(db, token, 'u1');
		const stored = await db.select().from(sessions);
		expect(stored).toHaveLength(1);
		expect(stored[0]!.id).toBe(encodeHexLowerCase(sha256(new TextEncoder().encode(token))));
		expect(stored[0]!.id).not.toContain(token);
		expect(sessionIdFromToken(token)).toHaveLength(64);
	});
});

describe('validateSessionToken', () => {
	it('returns the session and its user for a valid token', async () => {
		const now = new Date('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		await createSession(db, token, 'u1', now);
		const result = await validateSessionToken(db, token, new Date(now.getTime() + DAY));
		expect(result.user).toMatchObject({ id: 'u1', email: 'a@example.org', role: 'teacher' });
		expect(result.session?.renewed).toBe(false);
		expect(result.session?.expiresAt.getTime()).toBe(now.getTime() + SESSION_LIFETIME_MS);
	});

	it('renews a session used in the last 15 days of its life (sliding expiry)', async () => {
		const start = new Date('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		await createSession(db, token, 'u1', start);
		const later = new Date(start.getTime() + SESSION_LIFETIME_MS - SESSION_RENEW_WITHIN_MS + 1000);
		const result = await validateSessionToken(db, token, later);
		expect(result.session?.renewed).toBe(true);
		expect(result.session?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
		const stored = await first(db.select().from(sessions));
		expect(stored?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
	});

	it('lasts 30 days and renews only in its last 15: not a second before, and on and on while used', async () => {
		expect(SESSION_LIFETIME_MS).toBe(30 * DAY);
		expect(SESSION_RENEW_WITHIN_MS).toBe(15 * DAY);
		const start = new Date('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		await createSession(db, token, 'u1', start);
		const at = (ms: number) => new Date(start.getTime() + ms);

		// 15 days less a second in: more than 15 days are left, so nothing changes.
		const early = await validateSessionToken(db, token, at(15 * DAY - 1000));
		expect(early.session?.renewed).toBe(false);
		expect(early.session?.expiresAt.getTime()).toBe(start.getTime() + 30 * DAY);
		// 15 days in: the last 15 days have begun, and the 30 days start again.
		const renewed = await validateSessionToken(db, token, at(15 * DAY));
		expect(renewed.session?.renewed).toBe(true);
		expect(renewed.session?.expiresAt.getTime()).toBe(start.getTime() + 45 * DAY);
		// Used again on day 40, past the first 30 days: still alive and renewed once more.
		const later = await validateSessionToken(db, token, at(40 * DAY));
		expect(later.session?.renewed).toBe(true);
		expect(later.session?.expiresAt.getTime()).toBe(start.getTime() + 70 * DAY);
		// Left alone for 30 days after that, it ends.
		expect((await validateSessionToken(db, token, at(70 * DAY))).session).toBeNull();
		// Never used: alive a second before 30 days, gone at 30 days (one session per check, as
		// a check in the last 15 days would renew it).
		const [aliveAtEnd, goneAtEnd] = [generateSessionToken(), generateSessionToken()];
		await createSession(db, aliveAtEnd, 'u1', start);
		await createSession(db, goneAtEnd, 'u1', start);
		expect(
			(await validateSessionToken(db, aliveAtEnd, at(30 * DAY - 1000))).session
		).not.toBeNull();
		expect((await validateSessionToken(db, goneAtEnd, at(30 * DAY))).session).toBeNull();
	});

	it('rejects and deletes an expired session', async () => {
		const start = new Date('2026-01-01T00:00:00Z');
		const token = generateSessionToken();
		await createSession(db, token, 'u1', start);
		const result = await validateSessionToken(
			db,
			token,
			new Date(start.getTime() + SESSION_LIFETIME_MS)
		);
		expect(result).toEqual({ session: null, user: null });
		expect(await db.select().from(sessions)).toHaveLength(0);
	});

	it('rejects tampered, unknown and malformed tokens', async () => {
		const token = generateSessionToken();
		await createSession(db, token, 'u1');
		const last = token.at(-1) === 'a' ? 'b' : 'a';
		expect((await validateSessionToken(db, token.slice(0, -1) + last)).session).toBeNull();
		expect((await validateSessionToken(db, generateSessionToken())).session).toBeNull();
		expect((await validateSessionToken(db, '')).session).toBeNull();
		expect((await validateSessionToken(db, token.toUpperCase())).session).toBeNull();
		expect((await validateSessionToken(db, sessionIdFromToken(token))).session).toBeNull();
		expect((await validateSessionToken(db, token)).session).not.toBeNull();
	});

	it('rejects a session whose user was deleted (cascade)', async () => {
		const token = generateSessionToken();
		await createSession(db, token, 'u2');
		await run(db.delete(users));
		expect((await validateSessionToken(db, token)).session).toBeNull();
		expect(await db.select().from(sessions)).toHaveLength(0);
	});
});

describe('invalidation', () => {
	it('logs out one session, all of a user, or all but one', async () => {
		const [a, b, c, other] = [1, 2, 3, 4].map(() => generateSessionToken()) as [
			string,
			string,
			string,
			string
		];
		await createSession(db, a, 'u1');
		await createSession(db, b, 'u1');
		await createSession(db, c, 'u1');
		await createSession(db, other, 'u2');

		await invalidateSession(db, sessionIdFromToken(a));
		expect((await validateSessionToken(db, a)).session).toBeNull();
		expect((await validateSessionToken(db, b)).session).not.toBeNull();

		expect(await invalidateUserSessions(db, 'u1', { except: sessionIdFromToken(b) })).toBe(1);
		expect((await validateSessionToken(db, b)).session).not.toBeNull();
		expect((await validateSessionToken(db, c)).session).toBeNull();

		expect(await invalidateUserSessions(db, 'u1')).toBe(1);
		expect((await validateSessionToken(db, b)).session).toBeNull();
		expect((await validateSessionToken(db, other)).session).not.toBeNull();
	});

	it('deletes expired sessions in bulk', async () => {
		const start = new Date('2026-01-01T00:00:00Z');
		await createSession(db, generateSessionToken(), 'u1', start);
		await createSession(db, generateSessionToken(), 'u2', new Date(start.getTime() + 20 * DAY));
		const removed = await deleteExpiredSessions(
			db,
			new Date(start.getTime() + SESSION_LIFETIME_MS + 1)
		);
		expect(removed).toBe(1);
		expect((await db.select().from(sessions)).map((s) => s.userId)).toEqual(['u2']);
	});
});
