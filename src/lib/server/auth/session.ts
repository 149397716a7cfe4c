import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, lt, ne } from 'drizzle-orm';
import type { AppDatabase } from '../db/client';
import { sessions, users, type Role } from '../db/schema';
import { run, first } from '../db/query';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sessions last 30 days and slide: a session used in its last 15 days is renewed. */
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
export const SESSION_RENEW_WITHIN_MS = 15 * DAY_MS;
export const SESSION_COOKIE = 'session';

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	role: Role;
	country: string;
	school: string;
}

export interface ValidSession {
	id: string;
	userId: string;
	expiresAt: Date;
	/** True when this validation pushed the expiry forward, so the cookie must be re-sent. */
	renewed: boolean;
}

export type SessionValidation =
	{ session: ValidSession; user: SessionUser } | { session: null; user: null };

/** 20 random bytes (160 bits of entropy), base32 encoded. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Tokens are base32 lower-case of 20 bytes: exactly 32 characters of [a-z2-7]. */
export function isWellFormedToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

export async function createSession(
	db: AppDatabase,
	token: string,
	userId: string,
	now = new Date()
): Promise<ValidSession> {
	const session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	await run(db.insert(sessions).values(session));
	return { ...session, renewed: false };
}

export async function validateSessionToken(
	db: AppDatabase,
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	if (!isWellFormedToken(token)) return { session: null, user: null };
	const sessionId = sessionIdFromToken(token);
	const row = await first(
		db
			.select({
				session: sessions,
				user: {
					id: users.id,
					email: users.email,
					name: users.name,
					role: users.role,
					country: users.country,
					school: users.school
				}
			})
			.from(sessions)
			.innerJoin(users, eq(sessions.userId, users.id))
			.where(eq(sessions.id, sessionId))
	);
	if (!row) return { session: null, user: null };

	const { session, user } = row;
	if (now.getTime() >= session.expiresAt.getTime()) {
		await run(db.delete(sessions).where(eq(sessions.id, session.id)));
		return { session: null, user: null };
	}
	let renewed = false;
	let expiresAt = session.expiresAt;
	if (now.getTime() >= session.expiresAt.getTime() - SESSION_RENEW_WITHIN_MS) {
		expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await run(db.update(sessions).set({ expiresAt }).where(eq(sessions.id, session.id)));
		renewed = true;
	}
	return { session: { id: session.id, userId: session.userId, expiresAt, renewed }, user };
}

export async function invalidateSession(db: AppDatabase, sessionId: string): Promise<void> {
	await run(db.delete(sessions).where(eq(sessions.id, sessionId)));
}

export async function invalidateUserSessions(
	db: AppDatabase,
	userId: string,
	options: { except?: string } = {}
): Promise<number> {
	const condition = options.except
		? and(eq(sessions.userId, userId), ne(sessions.id, options.except))
		: eq(sessions.userId, userId);
	return (await run(db.delete(sessions).where(condition))).changes;
}

export async function deleteExpiredSessions(db: AppDatabase, now = new Date()): Promise<number> {
	return (await run(db.delete(sessions).where(lt(sessions.expiresAt, now)))).changes;
}
