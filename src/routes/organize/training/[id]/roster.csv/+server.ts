import { error } from '@sveltejs/kit';
import { toCsv } from '#lib/csv/write';
import { getDb } from '#lib/server/db';
import { requireRole } from '#lib/server/http/guards';
import { sessionById } from '#lib/server/training';
import { rosterRows } from '#lib/server/training-views';
import type { RequestHandler } from './$types';

/** The session's roster, waitlist and attendance as CSV, for organizers only. */
export const GET: RequestHandler = async (request) => {
	requireRole(request, 'organizer');
	const db = getDb();
	const session = await sessionById(db, request.params.id);
	if (!session) error(404, 'not_found');
	return new Response(toCsv(await rosterRows(db, session.id)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="session-${session.id}-roster.csv"`,
			'cache-control': 'no-store'
		}
	});
};
