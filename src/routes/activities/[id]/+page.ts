import { loadSetupComponent } from '#lib/activities/registry';
import type { PageLoad } from './$types';

/** The activity's set-up form, from its definition (loaded here so the page renders it on the server). */
export const load: PageLoad = async ({ data }) => ({
	...data,
	Setup: await loadSetupComponent(data.activity.id)
});
