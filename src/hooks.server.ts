import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server';
import { getDb } from '#lib/server/db';
import { SESSION_COOKIE, validateSessionToken } from '#lib/server/auth/session';
import { setSessionCookie, deleteSessionCookie } from '#lib/server/http/cookies';
import { startServer } from '#lib/server/startup';
import { FALLBACK_CSP, SECURITY_HEADERS } from '#lib/security-headers.js';
import {
	STUDENT_SESSION_COOKIE,
	validateStudentSessionToken
} from '#lib/server/auth/student-session';
import { deleteStudentSessionCookie, setStudentSessionCookie } from '#lib/server/http/cookies';

export const init: ServerInit = async () => {
	await startServer();
};

const handleLocale: Handle = ({ event, resolve }) =>
	// The locale comes from a cookie or the browser's languages, never the URL, so the request
	// that Paraglide hands back is the same one.
	paraglideMiddleware(event.request, ({ locale }) => {
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = await validateSessionToken(getDb(), token);
		if (session) {
			if (session.renewed) setSessionCookie(event, token, session.expiresAt);
			event.locals.session = session;
			event.locals.user = user;
		} else {
			deleteSessionCookie(event);
		}
	}
	event.locals.student = null;
	const studentToken = event.cookies.get(STUDENT_SESSION_COOKIE);
	if (studentToken) {
		const found = await validateStudentSessionToken(getDb(), studentToken);
		if (found) {
			event.locals.student = found.student;
			if (found.renewed) setStudentSessionCookie(event, studentToken, found.expiresAt);
		} else {
			deleteStudentSessionCookie(event);
		}
	}
	return resolve(event);
};

const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (!response.headers.has('Content-Security-Policy'))
		response.headers.set('Content-Security-Policy', FALLBACK_CSP);
	if (event.locals.user || event.locals.student)
		response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle = sequence(handleSecurityHeaders, handleLocale, handleSession);

/**
 * An unexpected failure: logged here, and answered (to pages and JSON endpoints alike) as a code the
 * page translates, not SvelteKit's English "Internal Error".
 */
export const handleError: HandleServerError = (caught) => {
	// Errors thrown with error(...) already carry their code.
	if (caught.kind === 'app') return;
	if (caught.kind === 'unknown') {
		console.error(caught.error);
		return { message: 'internal_error' };
	}
	return { message: caught.error.status === 404 ? 'not_found' : 'invalid' };
};
