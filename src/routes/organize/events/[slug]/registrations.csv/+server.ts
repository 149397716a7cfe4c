import { error } from '@sveltejs/kit';
import { toCsv } from '#lib/csv/write';
import { getDb } from '#lib/server/db';
import { eventBySlug, registrationRows } from '#lib/server/events';
import { requireRole } from '#lib/server/http/guards';
import type { RequestHandler } from './$types';

/** Every registration of the event as CSV, for organizers only (names and addresses inside). */
export const GET: RequestHandler = async (request) => {
	requireRole(request, 'organizer');
	const db = getDb();
	const event = await eventBySlug(db, request.params.slug);
	if (!event) error(404, 'not_found');
	return new Response(toCsv(await registrationRows(db, event.id)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${event.slug}-registrations.csv"`,
			'cache-control': 'no-store'
		}
	});
};
