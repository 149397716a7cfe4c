import { requireRole } from '#lib/server/http/guards';
import { getDb } from '#lib/server/db';
import { config } from '#lib/server/config';
import { registrationSummary } from '#lib/server/registrations';
import { countryName } from '#lib/countries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'organizer');
	const summary = registrationSummary(getDb());
	return {
		goal: config.registrationGoal,
		total: summary.total,
		countries: summary.countries,
		byCountry: summary.byCountry.map((row) => ({
			...row,
			name: countryName(row.country, event.locals.locale)
		})),
		byDay: summary.byDay
	};
};
