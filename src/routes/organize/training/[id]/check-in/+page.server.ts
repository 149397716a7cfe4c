import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { requireRole } from '#lib/server/http/guards';
import { sessionById } from '#lib/server/training';
import type { PageServerLoad } from './$types';

/** The check-in code, large, for the facilitator to show on the shared screen. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organizer');
	const session = await sessionById(getDb(), event.params.id);
	if (!session) error(404, 'not_found');
	return { id: session.id, title: session.title, code: session.checkInCode };
};
