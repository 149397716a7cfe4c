import { error, json } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { eventBySlug } from '#lib/server/events';
import { cachedCounter } from '#lib/server/event-counter';
import type { RequestHandler } from './$types';

/** The live counter's figures for the public page: totals only, never who. */
export const GET: RequestHandler = async ({ params, setHeaders }) => {
	const db = getDb();
	const event = await eventBySlug(db, params.slug);
	if (!event) error(404, 'not_found');
	setHeaders({ 'cache-control': 'no-store' });
	return json(await cachedCounter(db, event.id));
};
