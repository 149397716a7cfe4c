import { getDb } from '#lib/server/db';
import { cachedCounter } from '#lib/server/event-counter';
import { openEvent } from '#lib/server/events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = getDb();
	const event = await openEvent(db);
	return {
		event: event && {
			slug: event.slug,
			name: event.name,
			counter: await cachedCounter(db, event.id)
		}
	};
};
