import { loadArtifactCards } from '#lib/activities/registry';
import type { PageLoad } from './$types';

/** The cards of the artifact kinds on this page, from their activities' definitions. */
export const load: PageLoad = async ({ data }) => ({
	...data,
	cards: await loadArtifactCards(data.artifacts.map((artifact) => artifact.kind))
});
