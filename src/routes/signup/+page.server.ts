import { readFormData } from '$lib/server/forms';
import { fail, redirect } from '@sveltejs/kit';
import { signUp } from '$lib/server/accounts';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { homeFor } from '$lib/server/auth/guards';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/validation/form';
import { SIGNUP_FIELDS, signupSchema } from '$lib/validation/account';
import { countryOptions } from '$lib/countries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, homeFor(locals.user));
	return { countries: countryOptions(locals.locale) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = parseForm(signupSchema, await readFormData(event.request), SIGNUP_FIELDS);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });

		const db = getDb();
		const result = await signUp(db, form.data);
		if (!result.ok) {
			const { password: _password, ...values } = form.data;
			return fail(400, { errors: result.errors, values });
		}
		const token = generateSessionToken();
		const session = createSession(db, token, result.user.id);
		setSessionCookie(event, token, session.expiresAt);
		redirect(303, homeFor(result.user));
	}
};
