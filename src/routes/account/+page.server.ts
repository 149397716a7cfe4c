import { readFormData } from '#lib/server/http/forms';
import { fail, redirect } from '@sveltejs/kit';
import { changePassword } from '#lib/server/accounts';
import { deleteSessionCookie } from '#lib/server/http/cookies';
import { requireUser } from '#lib/server/http/guards';
import { invalidateUserSessions } from '#lib/server/auth/session';
import { getDb } from '#lib/server/db';
import { parseForm } from '#lib/validation/form';
import { CHANGE_PASSWORD_FIELDS, changePasswordSchema } from '#lib/validation/account';
import { countryName } from '#lib/countries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return {
		account: {
			name: user.name,
			email: user.email,
			school: user.school,
			country: countryName(user.country, event.locals.locale),
			role: user.role
		}
	};
};

export const actions: Actions = {
	changePassword: async (event) => {
		const user = requireUser(event);
		const form = parseForm(
			changePasswordSchema,
			await readFormData(event.request),
			CHANGE_PASSWORD_FIELDS
		);
		if (!form.ok) return fail(400, { action: 'changePassword' as const, errors: form.errors });
		const result = await changePassword(getDb(), user.id, event.locals.session!.id, form.data);
		if (!result.ok) return fail(400, { action: 'changePassword' as const, errors: result.errors });
		return { action: 'changePassword' as const, passwordChanged: true };
	},
	logoutEverywhere: async (event) => {
		const user = requireUser(event);
		await invalidateUserSessions(getDb(), user.id);
		deleteSessionCookie(event);
		redirect(303, '/login?loggedOut');
	}
};
