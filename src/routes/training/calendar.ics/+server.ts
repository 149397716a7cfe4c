import { getDb } from '#lib/server/db';
import { requireUser } from '#lib/server/http/guards';
import { sessionsCalendar } from '#lib/server/training-calendar';
import { teacherSeats } from '#lib/server/training-views';
import type { RequestHandler } from './$types';

/** Every session the teacher takes part in or attended, cancelled ones marked so. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const sessions = (await teacherSeats(getDb(), user.id)).map((row) => row.session);
	return new Response(sessionsCalendar(sessions, event.url.origin), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="day-of-ai-my-sessions.ics"`,
			'cache-control': 'no-store'
		}
	});
};
