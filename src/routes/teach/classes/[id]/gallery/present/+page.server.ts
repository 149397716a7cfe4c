import { artifactView } from '$lib/activities/artifact-view';
import { ownedClass } from '$lib/server/class-access';
import { latestArtifacts } from '$lib/server/class-work';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** The gallery on the projector: only what the teacher has not hidden, big, no site chrome. */
export const load: PageServerLoad = (event) => {
	const klass = ownedClass(event);
	return {
		chromeless: true,
		klass: { id: klass.id, name: klass.name },
		artifacts: latestArtifacts(getDb(), klass.id).map((artifact) =>
			artifactView(artifact, event.locals.locale)
		)
	};
};
