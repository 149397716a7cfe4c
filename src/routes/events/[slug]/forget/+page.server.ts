import { error, fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { eventBySlug, issueForgetToken } from '#lib/server/events';
import { readFormData } from '#lib/server/http/forms';
import { sendMail } from '#lib/server/mail';
import { minutesToWait, takeFromAllowance } from '#lib/server/rate-limit';
import { m } from '#lib/paraglide/messages';
import { emailKey, registrationSchema } from '#lib/registrations/registration';
import type { Actions, PageServerLoad } from './$types';

const HOUR = 60 * 60_000;

export const load: PageServerLoad = async ({ params }) => {
	const event = await eventBySlug(getDb(), params.slug);
	if (!event) error(404, 'not_found');
	return { event: { slug: event.slug, name: event.name } };
};

export const actions: Actions = {
	/**
	 * Mails a one-time link that deletes the registration. The answer is the same whether or not
	 * the address registered, so the form never tells who did.
	 */
	default: async (request) => {
		const db = getDb();
		const event = await eventBySlug(db, request.params.slug);
		if (!event) error(404, 'not_found');
		const raw = (await readFormData(request.request)).get('email');
		const parsed = registrationSchema.shape.email.safeParse(typeof raw === 'string' ? raw : '');
		if (!parsed.success)
			return fail(400, {
				errors: { email: parsed.error.issues[0]?.message ?? 'invalid' },
				email: String(raw ?? '')
			});
		const email = parsed.data;
		for (const [key, max] of [
			[`forget:ip:${request.getClientAddress()}`, 30],
			[`forget:mail:${event.id}:${emailKey(email)}`, 3]
		] as const) {
			const state = await takeFromAllowance(db, key, { max, windowMs: HOUR }, 1);
			if (state.limited) {
				request.setHeaders({ 'Retry-After': String(Math.ceil(state.retryAfterMs / 1000)) });
				return fail(429, { minutes: minutesToWait(state.retryAfterMs), email });
			}
		}
		const token = await issueForgetToken(db, event.id, email);
		if (token)
			await sendMail(db, {
				to: email,
				subject: m.forget_mail_subject({ event: event.name }),
				text: m.forget_mail_body({
					event: event.name,
					link: `${request.url.origin}/events/${event.slug}/forget/${token}`
				})
			});
		return { sent: email };
	}
};
