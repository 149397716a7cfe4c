import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '#lib/server/http/cookies';
import { invalidateSession } from '#lib/server/auth/session';
import { getDb } from '#lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		if (event.locals.session) await invalidateSession(getDb(), event.locals.session.id);
		deleteSessionCookie(event);
		redirect(303, '/login?loggedOut');
	}
};
