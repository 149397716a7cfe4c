import { readFormData } from '#lib/server/http/forms';
import { error, redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime';
import { safeRedirectTarget } from '#lib/server/http/guards';
import type { RequestHandler } from './$types';

/** The language switcher's form posts here; the choice is kept in Paraglide's locale cookie. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await readFormData(request);
	const locale = form.get('locale');
	if (typeof locale !== 'string' || !isLocale(locale)) error(400, 'invalid');
	cookies.set(cookieName, locale, {
		path: '/',
		maxAge: cookieMaxAge,
		httpOnly: false,
		sameSite: 'lax',
		secure: false
	});
	const target = form.get('redirectTo');
	redirect(303, safeRedirectTarget(typeof target === 'string' ? target : null) ?? '/');
};
