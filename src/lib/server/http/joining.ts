import { error, type RequestEvent } from '@sveltejs/kit';
import { isJoinCode, normalizeJoinCode } from '../../classes/join-code';
export { cryptoRandomInt } from '../../classes/join-code';
import { setStudentSessionCookie } from './cookies';
import { generateSessionToken } from '../auth/session';
import { createStudentSession } from '../auth/student-session';
import { findClassByCode } from '../classes';
import { getDb } from '../db';
import type { Class } from '../db/schema';
import { codeCounters, countTry, trustDevice, waitFor } from '../join-guard';
import { minutesToWait } from '../rate-limit';
import { requesterOf } from './device';

export { requesterOf };

type JoinEvent = Pick<RequestEvent, 'getClientAddress' | 'cookies' | 'url'>;

/**
 * The class behind a join code in the URL or a form. Wrong codes count against the tablet and,
 * with a higher ceiling, the IP address, so guessing codes is slow while one child's typos lock
 * only their own tablet; a limited requester gets 429 with the wait in minutes.
 */
export async function classForCode(event: JoinEvent, raw: string): Promise<Class> {
	const db = getDb();
	const counters = codeCounters(requesterOf(event));
	const wait = await waitFor(db, counters);
	if (wait > 0) error(429, `rate_limited:${minutesToWait(wait)}`);
	const code = normalizeJoinCode(raw);
	const klass = isJoinCode(code) ? await findClassByCode(db, code) : undefined;
	if (!klass) {
		await countTry(db, counters);
		error(404, 'unknown_code');
	}
	return klass;
}

/** Signs the student in on this tablet, which the class trusts from now on. */
export async function signInStudent(
	event: JoinEvent,
	student: { id: string; classId: string }
): Promise<void> {
	const token = generateSessionToken();
	const session = await createStudentSession(getDb(), token, student.id);
	setStudentSessionCookie(event, token, session.expiresAt);
	await trustDevice(getDb(), requesterOf(event).device, student.classId);
}
