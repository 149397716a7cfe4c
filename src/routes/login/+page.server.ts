import { readFormData } from '#lib/server/http/forms';
import { fail, redirect } from '@sveltejs/kit';
import { logIn } from '#lib/server/accounts';
import { setSessionCookie } from '#lib/server/http/cookies';
import { homeFor, safeRedirectTarget } from '#lib/server/http/guards';
import { createSession, generateSessionToken } from '#lib/server/auth/session';
import { getDb } from '#lib/server/db';
import { minutesToWait } from '#lib/server/rate-limit';
import { requesterOf } from '#lib/server/http/device';
import { parseForm } from '#lib/validation/form';
import { LOGIN_FIELDS, loginSchema } from '#lib/validation/account';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo ?? homeFor(locals.user));
	return { redirectTo, loggedOut: url.searchParams.has('loggedOut') };
};

export const actions: Actions = {
	default: async (event) => {
		const formData = await readFormData(event.request);
		const form = parseForm(loginSchema, formData, LOGIN_FIELDS);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });

		const db = getDb();
		const result = await logIn(db, form.data, requesterOf(event));
		const values = { email: form.data.email };
		if (!result.ok) {
			if (result.reason === 'rate_limited') {
				event.setHeaders({ 'Retry-After': String(Math.ceil(result.retryAfterMs / 1000)) });
				return fail(429, { values, rateLimitedMinutes: minutesToWait(result.retryAfterMs) });
			}
			return fail(400, { values, credentialsInvalid: true });
		}
		const token = generateSessionToken();
		const session = await createSession(db, token, result.user.id);
		setSessionCookie(event, token, session.expiresAt);
		const target = formData.get('redirectTo');
		redirect(
			303,
			safeRedirectTarget(typeof target === 'string' ? target : null) ?? homeFor(result.user)
		);
	}
};
