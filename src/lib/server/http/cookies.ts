import type { RequestEvent } from '@sveltejs/kit';
import { config } from '../config';
import { SESSION_COOKIE } from '../auth/session';
import { STUDENT_SESSION_COOKIE } from '../auth/student-session';

/** Secure in production; elsewhere only when the request itself came over HTTPS. */
function secure(event: Pick<RequestEvent, 'url'>): boolean {
	return config.isProduction || event.url.protocol === 'https:';
}

export function setSessionCookie(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	token: string,
	expiresAt: Date
): void {
	event.cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(event),
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionCookie(event: Pick<RequestEvent, 'cookies' | 'url'>): void {
	event.cookies.delete(SESSION_COOKIE, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(event),
		path: '/'
	});
}

export function setStudentSessionCookie(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	token: string,
	expiresAt: Date
): void {
	event.cookies.set(STUDENT_SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(event),
		expires: expiresAt,
		path: '/'
	});
}

export function deleteStudentSessionCookie(event: Pick<RequestEvent, 'cookies' | 'url'>): void {
	event.cookies.delete(STUDENT_SESSION_COOKIE, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(event),
		path: '/'
	});
}
