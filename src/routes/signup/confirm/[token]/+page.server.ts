import { fail, redirect } from '@sveltejs/kit';
import { confirmSignup, isPendingSignup } from '#lib/server/accounts';
import { setSessionCookie } from '#lib/server/http/cookies';
import { homeFor } from '#lib/server/http/guards';
import { createSession, generateSessionToken } from '#lib/server/auth/session';
import { getDb } from '#lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/**
 * The link from the sign-up mail. Opening it creates nothing (mail scanners open links too); the
 * teacher presses the button, and the account is created and logged in.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	if (locals.user) redirect(303, homeFor(locals.user));
	return { pending: await isPendingSignup(getDb(), params.token) };
};

export const actions: Actions = {
	default: async (event) => {
		const db = getDb();
		const result = await confirmSignup(db, event.params.token);
		if (!result.ok) return fail(400, { reason: result.reason });
		const token = generateSessionToken();
		const session = await createSession(db, token, result.user.id);
		setSessionCookie(event, token, session.expiresAt);
		redirect(303, homeFor(result.user));
	}
};
