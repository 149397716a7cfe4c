import { error, fail } from '@sveltejs/kit';
import { countryOptions } from '#lib/countries';
import { LOCALES } from '#lib/curriculum/types';
import { formatDate, formatDateTimeIn } from '#lib/i18n/dates';
import { m } from '#lib/paraglide/messages';
import type { Locale } from '#lib/paraglide/runtime';
import { readRegistrationForm } from '#lib/registrations/form';
import { eventStatus } from '#lib/registrations/event';
import { requestSignup } from '#lib/server/accounts';
import { isCommonPassword } from '#lib/server/auth/password';
import { getDb } from '#lib/server/db';
import { cachedCounter, invalidateCounter } from '#lib/server/event-counter';
import { REGISTRATION_TICKET, submitRegistration } from '#lib/server/event-signup';
import { eventBySlug } from '#lib/server/events';
import { issueFormTicket } from '#lib/server/form-ticket';
import { readFormData } from '#lib/server/http/forms';
import { sendMail } from '#lib/server/mail';
import { minutesToWait } from '#lib/server/rate-limit';
import { newPassword } from '#lib/validation/account';
import type { Actions, PageServerLoad } from './$types';

async function findEvent(slug: string) {
	const event = await eventBySlug(getDb(), slug);
	if (!event) error(404, 'not_found');
	return event;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const event = await findEvent(params.slug);
	const languages = new Intl.DisplayNames([locals.locale], { type: 'language' });
	const user = locals.user?.role === 'teacher' ? locals.user : null;
	return {
		event: {
			slug: event.slug,
			name: event.name,
			day: formatDate(event.day, locals.locale),
			opens: formatDateTimeIn(event.opensAt, locals.locale, event.timeZone),
			closes: formatDateTimeIn(event.closesAt, locals.locale, event.timeZone),
			timeZone: event.timeZone,
			status: eventStatus(event)
		},
		counter: await cachedCounter(getDb(), event.id),
		countries: countryOptions(locals.locale),
		languages: LOCALES.map((code) => ({ code, name: languages.of(code) ?? code })),
		ticket: issueFormTicket(REGISTRATION_TICKET),
		teacher: user && {
			name: user.name,
			email: user.email,
			country: user.country,
			school: user.school
		}
	};
};

export const actions: Actions = {
	/**
	 * One registration per address and event: sending the form again with the same address
	 * updates it. A confirmation (with a link to delete it) is mailed in the background; with
	 * "create a teacher account" ticked, the sign-up link comes too, and the two are linked.
	 */
	register: async (request) => {
		const event = await findEvent(request.params.slug);
		const formData = await readFormData(request.request);
		const form = readRegistrationForm(formData);
		const wantsAccount = !request.locals.user && formData.get('createAccount') === 'on';
		const password = String(formData.get('password') ?? '');
		const passwordCheck = newPassword.safeParse(password);
		const passwordError = !wantsAccount
			? undefined
			: !passwordCheck.success
				? (passwordCheck.error.issues[0]?.message as 'password_too_short' | 'password_too_long')
				: isCommonPassword(password)
					? ('password_common' as const)
					: undefined;
		if (!form.ok || passwordError) {
			const errors = {
				...(form.ok ? {} : form.errors),
				...(passwordError ? { password: passwordError } : {})
			};
			const values = form.ok ? undefined : form.values;
			return fail(400, { errors, values: { ...values, createAccount: wantsAccount ? 'on' : '' } });
		}
		const db = getDb();
		const result = await submitRegistration(db, event, form.data, {
			ip: request.getClientAddress(),
			ticket: String(formData.get('ticket') ?? ''),
			honeypot: String(formData.get('website') ?? '')
		});
		if (!result.ok) {
			if (result.reason === 'rate_limited') {
				request.setHeaders({ 'Retry-After': String(Math.ceil(result.retryAfterMs / 1000)) });
				return fail(429, { refused: result.reason, minutes: minutesToWait(result.retryAfterMs) });
			}
			return fail(result.reason === 'not_open' ? 409 : 400, { refused: result.reason });
		}
		invalidateCounter(event.id);

		const registration = form.data;
		const locale = registration.language as Locale;
		const origin = request.url.origin;
		await sendMail(db, {
			to: registration.email,
			subject: m.event_mail_subject({ event: event.name }, { locale }),
			text: m.event_mail_body(
				{
					name: registration.name,
					event: event.name,
					day: formatDate(event.day, locale),
					page: `${origin}/events/${event.slug}`,
					forget: `${origin}/events/${event.slug}/forget/${result.forgetToken}`
				},
				{ locale }
			)
		});
		if (wantsAccount) {
			const signup = await requestSignup(
				db,
				{
					name: registration.name,
					email: registration.email,
					password,
					country: registration.country,
					school: registration.organisation
				},
				request.getClientAddress(),
				{
					confirm: (link) => ({
						subject: m.mail_confirm_subject({}, { locale }),
						text: m.mail_confirm_body({ name: registration.name, link }, { locale })
					}),
					existing: () => ({
						subject: m.mail_existing_subject({}, { locale }),
						text: m.mail_existing_body({ link: `${origin}/login` }, { locale })
					})
				},
				(token) => `${origin}/signup/confirm/${token}`
			);
			return {
				registered: { email: registration.email, created: result.created, account: signup.ok }
			};
		}
		return { registered: { email: registration.email, created: result.created, account: false } };
	}
};
