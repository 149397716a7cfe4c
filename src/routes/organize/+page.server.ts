import { fail, redirect } from '@sveltejs/kit';
import { formatDate } from '#lib/i18n/dates';
import { EVENT_FIELDS, eventFormSchema, eventStatus } from '#lib/registrations/event';
import { getDb } from '#lib/server/db';
import { createEvent, listEvents, publicCounter } from '#lib/server/events';
import { readFormData } from '#lib/server/http/forms';
import { requireRole } from '#lib/server/http/guards';
import { parseForm } from '#lib/validation/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organizer');
	const db = getDb();
	const locale = event.locals.locale;
	return {
		events: await Promise.all(
			(await listEvents(db)).map(async (row) => ({
				slug: row.slug,
				name: row.name,
				day: formatDate(row.day, locale),
				status: eventStatus(row),
				goal: row.goal,
				...(await publicCounter(db, row.id))
			}))
		),
		timeZones: Intl.supportedValuesOf('timeZone')
	};
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(event, 'organizer');
		const formData = await readFormData(event.request);
		const form = parseForm(eventFormSchema, formData, EVENT_FIELDS);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const created = await createEvent(getDb(), form.data);
		if (!created) {
			const values = Object.fromEntries(
				EVENT_FIELDS.map((field) => [field, String(formData.get(field) ?? '')])
			);
			return fail(409, { errors: { slug: 'slug_taken' as const }, values });
		}
		redirect(303, `/organize/events/${created.slug}`);
	}
};
