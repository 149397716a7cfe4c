import { getDb } from '#lib/server/db';
import { cachedCounter } from '#lib/server/event-counter';
import { openEvent } from '#lib/server/events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const db = getDb();
	const event = openEvent(db);
	return {
		event: event && { slug: event.slug, name: event.name, counter: cachedCounter(db, event.id) }
	};
};
