import { requireUser } from '#lib/server/http/guards';
import { listClasses } from '#lib/server/classes';
import { getDb } from '#lib/server/db';
import { countryName } from '#lib/countries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		teacher: {
			name: user.name,
			school: user.school,
			country: countryName(user.country, event.locals.locale)
		},
		/** The teacher's active classes: the home page's way into each, or into a first one. */
		classes: (await listClasses(getDb(), user.id))
			.filter((klass) => !klass.archived)
			.map(({ id, name, band, students }) => ({ id, name, band, students }))
	};
};
