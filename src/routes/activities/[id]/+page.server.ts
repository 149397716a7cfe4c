import { error } from '@sveltejs/kit';
import { ACTIVITIES, isActivityId } from '$lib/activities/registry';
import { decodePreset, encodePreset } from '$lib/activities/preset-link';
import { t } from '$lib/curriculum';
import type { PageServerLoad } from './$types';

/** An activity on its own, configured by a preset in the link (`?preset=`), e.g. shared by a teacher. */
export const load: PageServerLoad = ({ params, url, locals }) => {
	if (!isActivityId(params.id)) error(404, { message: 'Unknown activity.' });
	const activity = ACTIVITIES[params.id];
	const encoded = url.searchParams.get('preset');
	let preset: unknown = activity.defaultPreset;
	if (encoded !== null) {
		const decoded = decodePreset(encoded, activity.presetSchema);
		if (!decoded.ok) error(400, { message: 'bad_preset' });
		preset = decoded.preset;
	}
	return {
		activity: {
			id: activity.id,
			title: t(activity.title, locals.locale),
			summary: t(activity.summary, locals.locale)
		},
		preset,
		sharePath: `${url.pathname}?preset=${encodePreset(preset)}`,
		locale: locals.locale
	};
};
