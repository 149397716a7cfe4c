import { error, fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { invalidateCounter } from '#lib/server/event-counter';
import { eventBySlug, forgetByToken, registrationForForgetToken } from '#lib/server/events';
import type { Actions, PageServerLoad } from './$types';

async function findEvent(slug: string) {
	const event = await eventBySlug(getDb(), slug);
	if (!event) error(404, 'not_found');
	return event;
}

/** The mailed link asks before it deletes anything (mail scanners open links too). */
export const load: PageServerLoad = async ({ params }) => {
	const event = await findEvent(params.slug);
	const registration = await registrationForForgetToken(getDb(), event.id, params.token);
	return {
		event: { slug: event.slug, name: event.name },
		email: registration?.email ?? null
	};
};

export const actions: Actions = {
	default: async ({ params }) => {
		const event = await findEvent(params.slug);
		if (!(await forgetByToken(getDb(), event.id, params.token)))
			return fail(410, { expired: true });
		invalidateCounter(event.id);
		return { done: true };
	}
};
