import { error } from '@sveltejs/kit';
import { requireUser } from '#lib/server/http/guards';
import { getOwnedClass } from '#lib/server/classes';
import { getDb } from '#lib/server/db';
import type { PageServerLoad } from './$types';

/** The join code, full screen, for the projector. */
export const load: PageServerLoad = async (event) => {
	const teacher = requireUser(event);
	const owned = await getOwnedClass(getDb(), teacher.id, event.params.id);
	if (!owned || owned.archivedAt) error(404, 'not_found');
	return {
		chromeless: true,
		id: owned.id,
		name: owned.name,
		joinCode: owned.joinCode,
		joinUrl: `${event.url.origin}/join`
	};
};
