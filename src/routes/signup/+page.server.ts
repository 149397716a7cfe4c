import { readFormData } from '#lib/server/http/forms';
import { fail, redirect } from '@sveltejs/kit';
import { requestSignup } from '#lib/server/accounts';
import { homeFor } from '#lib/server/http/guards';
import { getDb } from '#lib/server/db';
import { minutesToWait } from '#lib/server/rate-limit';
import { m } from '#lib/paraglide/messages';
import { parseForm } from '#lib/validation/form';
import { SIGNUP_FIELDS, signupSchema } from '#lib/validation/account';
import { countryOptions } from '#lib/countries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, homeFor(locals.user));
	return { countries: countryOptions(locals.locale) };
};

export const actions: Actions = {
	/**
	 * Sign-up answers "check your inbox" whether or not the address has an account: the mailed
	 * link creates the account, or the mail says there is one already.
	 */
	default: async (event) => {
		const form = parseForm(signupSchema, await readFormData(event.request), SIGNUP_FIELDS);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });

		const { password: _password, ...values } = form.data;
		const origin = event.url.origin;
		const result = await requestSignup(
			getDb(),
			form.data,
			event.getClientAddress(),
			{
				confirm: (link) => ({
					subject: m.mail_confirm_subject(),
					text: m.mail_confirm_body({ name: form.data.name, link })
				}),
				existing: () => ({
					subject: m.mail_existing_subject(),
					text: m.mail_existing_body({ link: `${origin}/login` })
				})
			},
			(token) => `${origin}/signup/confirm/${token}`
		);
		if (!result.ok) {
			if ('reason' in result) {
				event.setHeaders({ 'Retry-After': String(Math.ceil(result.retryAfterMs / 1000)) });
				return fail(429, { values, rateLimitedMinutes: minutesToWait(result.retryAfterMs) });
			}
			return fail(400, { errors: result.errors, values });
		}
		return { sent: form.data.email };
	}
};
