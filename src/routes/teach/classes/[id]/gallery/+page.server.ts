import { artifactView } from '#lib/activities/artifact-view';
import { ownedClass } from '#lib/server/http/class-access';
import { artifactPage } from '#lib/server/class-work';
import { getDb } from '#lib/server/db';
import { removeArtifactAction, setArtifactVisibility } from '#lib/server/http/teacher-actions';
import type { Actions, PageServerLoad } from './$types';

/** ?page=N: a whole number from 1; anything else is the first page. */
function pageNumber(url: URL): number {
	const raw = url.searchParams.get('page') ?? '';
	return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

/** The class gallery: everything the students made, newest first, a page at a time; the teacher hides what should not be shown. */
export const load: PageServerLoad = async (event) => {
	const klass = await ownedClass(event);
	const page = await artifactPage(getDb(), klass.id, {
		includeHidden: true,
		page: pageNumber(event.url)
	});
	return {
		klass: { id: klass.id, name: klass.name },
		artifacts: page.items.map((artifact) => artifactView(artifact, event.locals.locale)),
		counts: { shown: page.total - page.hidden, hidden: page.hidden },
		page: page.page,
		pages: page.pages
	};
};

export const actions: Actions = {
	hide: async (event) => setArtifactVisibility(event, true),
	show: async (event) => setArtifactVisibility(event, false),
	remove: async (event) => removeArtifactAction(event)
};
