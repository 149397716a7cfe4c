import { artifactView } from '#lib/activities/artifact-view';
import { ownedClass } from '#lib/server/http/class-access';
import { artifactPage } from '#lib/server/class-work';
import { getDb } from '#lib/server/db';
import type { PageServerLoad } from './$types';

/** The gallery on the projector: the newest of what the teacher has not hidden, big, no site chrome. */
export const load: PageServerLoad = async (event) => {
	const klass = await ownedClass(event);
	const page = await artifactPage(getDb(), klass.id);
	return {
		chromeless: true,
		klass: { id: klass.id, name: klass.name },
		artifacts: page.items
			// Nothing that cannot be shown goes on the projector.
			.filter((artifact) => artifact.content !== null)
			.map((artifact) => artifactView(artifact, event.locals.locale))
	};
};
