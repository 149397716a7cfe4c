import { error, type RequestEvent } from '@sveltejs/kit';
import { isJoinCode, normalizeJoinCode } from '../classes/join-code';
export { cryptoRandomInt } from '../classes/join-code';
import { setStudentSessionCookie } from './auth/cookies';
import { generateSessionToken } from './auth/session';
import { createStudentSession } from './auth/student-session';
import { findClassByCode } from './classes';
import { config } from './config';
import { getDb } from './db';
import type { Class } from './db/schema';
import {
	codeCounters,
	countTry,
	hashDevice,
	trustDevice,
	waitFor,
	type Requester
} from './join-guard';
import { minutesToWait } from './rate-limit';

/** A random id for the tablet, so limits can tell one tablet from the rest of the school. */
export const DEVICE_COOKIE = 'dayofai_device';
const DEVICE_COOKIE_DAYS = 400;

type JoinEvent = Pick<RequestEvent, 'getClientAddress' | 'cookies' | 'url'>;

/** Who is joining: the IP address and the tablet, which gets its device cookie on first sight. */
export function requesterOf(event: JoinEvent): Requester {
	let token = event.cookies.get(DEVICE_COOKIE);
	if (!token || !/^[a-z2-7]{32}$/.test(token)) {
		token = generateSessionToken();
		event.cookies.set(DEVICE_COOKIE, token, {
			httpOnly: true,
			sameSite: 'lax',
			secure: config.isProduction || event.url.protocol === 'https:',
			maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
			path: '/'
		});
	}
	return { ip: event.getClientAddress(), device: hashDevice(token) };
}

/**
 * The class behind a join code in the URL or a form. Wrong codes count against the tablet and,
 * with a higher ceiling, the IP address, so guessing codes is slow while one child's typos lock
 * only their own tablet; a limited requester gets 429 with the wait in minutes.
 */
export function classForCode(event: JoinEvent, raw: string): Class {
	const db = getDb();
	const counters = codeCounters(requesterOf(event));
	const wait = waitFor(db, counters);
	if (wait > 0) error(429, { message: `rate_limited:${minutesToWait(wait)}` });
	const code = normalizeJoinCode(raw);
	const klass = isJoinCode(code) ? findClassByCode(db, code) : undefined;
	if (!klass) {
		countTry(db, counters);
		error(404, { message: 'unknown_code' });
	}
	return klass;
}

/** Signs the student in on this tablet, which the class trusts from now on. */
export function signInStudent(event: JoinEvent, student: { id: string; classId: string }): void {
	const token = generateSessionToken();
	const session = createStudentSession(getDb(), token, student.id);
	setStudentSessionCookie(event, token, session.expiresAt);
	trustDevice(getDb(), requesterOf(event).device, student.classId);
}
