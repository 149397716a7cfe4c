import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { requireUser } from '#lib/server/http/guards';
import { sessionById } from '#lib/server/training';
import { sessionsCalendar } from '#lib/server/training-calendar';
import type { RequestHandler } from './$types';

/** One session's calendar file (METHOD:CANCEL once it is cancelled). */
export const GET: RequestHandler = async (event) => {
	requireUser(event);
	const session = await sessionById(getDb(), event.params.id);
	if (!session) error(404, 'not_found');
	return new Response(sessionsCalendar([session], event.url.origin), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="day-of-ai-session.ics"`,
			'cache-control': 'no-store'
		}
	});
};
