import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { certificateByCode } from '#lib/server/training-attendance';
import type { PageServerLoad } from './$types';

/**
 * Public: anyone holding a certificate's code sees what the certificate states (name, session,
 * day, hours), nothing else; an unknown, altered or withdrawn code is a 404.
 */
export const load: PageServerLoad = async (event) => {
	const facts = await certificateByCode(getDb(), event.params.code.slice(0, 40));
	if (!facts) error(404, 'certificate_unknown');
	const locale = event.locals.locale;
	return {
		certificate: {
			code: facts.code,
			name: facts.name,
			title: facts.title,
			facilitator: facts.facilitator,
			day: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: facts.timeZone }).format(
				facts.startsAt
			),
			hours: facts.hours
		}
	};
};
