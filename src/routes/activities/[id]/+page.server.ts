import { error, fail, redirect } from '@sveltejs/kit';
import { ACTIVITIES, isActivityId } from '#lib/activities/registry';
import { decodePreset, encodePreset } from '#lib/activities/preset-link';
import { t } from '#lib/curriculum';
import { readFormData } from '#lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

/** An activity on its own, configured by a preset in the link (`?preset=`), e.g. shared by a teacher. */
export const load: PageServerLoad = ({ params, url, locals }) => {
	if (!isActivityId(params.id)) error(404, 'not_found');
	const activity = ACTIVITIES[params.id];
	const encoded = url.searchParams.get('preset');
	let preset: unknown = activity.defaultPreset;
	if (encoded !== null) {
		const decoded = decodePreset(encoded, activity.presetSchema);
		if (!decoded.ok) error(400, 'bad_preset');
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

export const actions: Actions = {
	/** The teacher's set-up form: becomes a link with the preset in it. */
	setup: async ({ params, request, url }) => {
		if (!isActivityId(params.id)) error(404, 'not_found');
		const result = ACTIVITIES[params.id].presetFromForm(await readFormData(request));
		if (!result.ok) return fail(400, { setupError: result.error });
		redirect(303, `${url.pathname}?preset=${encodePreset(result.preset)}`);
	}
};
