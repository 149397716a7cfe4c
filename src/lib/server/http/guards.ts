import { error, json, redirect, type RequestEvent } from '@sveltejs/kit';
import { apiError } from '../../validation/errors';
import type { Role } from '../db/schema';
import type { SessionUser } from '../auth/session';
import type { SessionStudent } from '../auth/student-session';

/** A visitor is sent to log in and brought back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return user;
}

/** Logged in but without the role: 403, never a redirect that would hide the refusal. */
export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, role: Role): SessionUser {
	const user = requireUser(event);
	if (user.role !== role) error(403, 'forbidden');
	return user;
}

/** Only same-site paths are followed after log-in, so a link can't bounce a teacher elsewhere. */
export { safeRedirectTarget } from '../../validation/redirect';

export function homeFor(user: SessionUser): string {
	return user.role === 'organizer' ? '/organize' : '/teach';
}

type StudentEvent = Pick<RequestEvent, 'locals'>;

/** A student's page: anyone not signed in to a class is sent to join one. */
export function requireStudent(event: StudentEvent): SessionStudent {
	const student = event.locals.student;
	if (!student) redirect(303, '/join');
	return student;
}

/** A student's form action: anyone not signed in to a class gets 401 `not_signed_in`. */
export function studentOrError(event: StudentEvent): SessionStudent {
	const student = event.locals.student;
	if (!student) error(401, 'not_signed_in');
	return student;
}

/** A JSON endpoint only a signed-in student may call; anyone else gets 401 `not_signed_in`. */
export function studentEndpoint<Event extends StudentEvent>(
	handler: (event: Event, student: SessionStudent) => Response | Promise<Response>
): (event: Event) => Response | Promise<Response> {
	return (event) => {
		const student = event.locals.student;
		if (!student) return json(apiError('not_signed_in'), { status: 401 });
		return handler(event, student);
	};
}
