import { requireUser } from '#lib/server/auth/guards';
import { countryName } from '#lib/countries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return {
		teacher: {
			name: user.name,
			school: user.school,
			country: countryName(user.country, event.locals.locale)
		}
	};
};
