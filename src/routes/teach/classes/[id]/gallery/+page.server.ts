import { artifactView } from '$lib/activities/artifact-view';
import { ownedClass } from '$lib/server/class-access';
import { latestArtifacts } from '$lib/server/class-work';
import { getDb } from '$lib/server/db';
import { setArtifactVisibility } from '$lib/server/teacher-actions';
import type { Actions, PageServerLoad } from './$types';

/** The class gallery: everything the students made, newest first; the teacher hides what should not be shown. */
export const load: PageServerLoad = (event) => {
	const klass = ownedClass(event);
	return {
		klass: { id: klass.id, name: klass.name },
		artifacts: latestArtifacts(getDb(), klass.id, { includeHidden: true }).map((artifact) =>
			artifactView(artifact, event.locals.locale)
		)
	};
};

export const actions: Actions = {
	hide: (event) => setArtifactVisibility(event, true),
	show: (event) => setArtifactVisibility(event, false)
};
