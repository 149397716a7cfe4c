import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { readFormData } from '#lib/server/http/forms';
import { requireRole } from '#lib/server/http/guards';
import { createSession } from '#lib/server/training';
import { sessionSummary } from '#lib/server/training-summary';
import {
	allSessions,
	seatCounts,
	trainingFunnel,
	trainingTotals
} from '#lib/server/training-views';
import { SESSION_FIELDS, sessionFormSchema } from '#lib/training/session-form';
import { parseForm } from '#lib/validation/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organizer');
	const db = getDb();
	const sessions = await allSessions(db);
	const counts = await seatCounts(
		db,
		sessions.map((session) => session.id)
	);
	return {
		sessions: sessions.map((session) => ({
			...sessionSummary(session, counts.get(session.id)!, event.locals.locale, null),
			counts: counts.get(session.id)!
		})),
		totals: await trainingTotals(db),
		funnel: await trainingFunnel(db),
		timeZones: Intl.supportedValuesOf('timeZone')
	};
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(event, 'organizer');
		const form = parseForm(sessionFormSchema, await readFormData(event.request), SESSION_FIELDS);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const session = await createSession(getDb(), form.data);
		redirect(303, `/organize/training/${session.id}`);
	}
};
