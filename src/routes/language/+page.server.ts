import { fail, redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime';
import { safeRedirectTarget } from '$lib/server/auth/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (typeof locale !== 'string' || !isLocale(locale)) {
			return fail(400, { error: 'invalid' as const });
		}
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: cookieMaxAge,
			httpOnly: false,
			sameSite: 'lax',
			secure: false
		});
		const target = form.get('redirectTo');
		redirect(303, safeRedirectTarget(typeof target === 'string' ? target : null) ?? '/');
	}
};
