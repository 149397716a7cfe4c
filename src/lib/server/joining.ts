import { error, type RequestEvent } from '@sveltejs/kit';
import { isJoinCode, normalizeJoinCode } from '../classes/join-code';
export { cryptoRandomInt } from '../classes/join-code';
import { setStudentSessionCookie } from './auth/cookies';
import { generateSessionToken } from './auth/session';
import { createStudentSession } from './auth/student-session';
import { findClassByCode } from './classes';
import { getDb } from './db';
import type { Class } from './db/schema';
import { checkRateLimit, minutesToWait, recordFailure } from './rate-limit';
import { JOIN_CODE_RULE } from './students';

/**
 * The class behind a join code in the URL or a form. Wrong codes count against the IP address, so
 * guessing codes is slow; a limited IP gets 429 with the wait in minutes.
 */
export function classForCode(event: Pick<RequestEvent, 'getClientAddress'>, raw: string): Class {
	const db = getDb();
	const key = `join:ip:${event.getClientAddress()}`;
	const state = checkRateLimit(db, key, JOIN_CODE_RULE);
	if (state.limited) error(429, { message: `rate_limited:${minutesToWait(state.retryAfterMs)}` });
	const code = normalizeJoinCode(raw);
	const klass = isJoinCode(code) ? findClassByCode(db, code) : undefined;
	if (!klass) {
		recordFailure(db, key, JOIN_CODE_RULE);
		error(404, { message: 'unknown_code' });
	}
	return klass;
}

export function signInStudent(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	studentId: string
): void {
	const token = generateSessionToken();
	const session = createStudentSession(getDb(), token, studentId);
	setStudentSessionCookie(event, token, session.expiresAt);
}
