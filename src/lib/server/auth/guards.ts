import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../db/schema';
import type { SessionUser } from './session';

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
	if (user.role !== role) error(403, { message: 'forbidden' });
	return user;
}

/** Only same-site paths are followed after log-in, so a link can't bounce a teacher elsewhere. */
export { safeRedirectTarget } from '../../validation/redirect';

export function homeFor(user: SessionUser): string {
	return user.role === 'organizer' ? '/organize' : '/teach';
}
