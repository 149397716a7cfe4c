import { isGradeBand } from '#lib/curriculum';
import { LOCALES } from '#lib/curriculum/types';
import { getDb } from '#lib/server/db';
import { requireUser } from '#lib/server/http/guards';
import { ACTIVE } from '#lib/server/training';
import { saveTimeZone } from '#lib/server/http/time-zone-action';
import { readerTimeZone } from '#lib/server/training-materials';
import { sessionSummary } from '#lib/server/training-summary';
import { seatCounts, teacherSeats, upcomingSessions } from '#lib/server/training-views';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const locale = event.locals.locale;
	const language = event.url.searchParams.get('language');
	const band = event.url.searchParams.get('band');
	const filter = {
		language: language && (LOCALES as readonly string[]).includes(language) ? language : null,
		band: isGradeBand(band) ? band : null
	};
	const zone = await readerTimeZone(db, user.id);
	const upcoming = await upcomingSessions(db, filter);
	const mine = await teacherSeats(db, user.id);
	const counts = await seatCounts(db, [
		...new Set([...upcoming, ...mine.map((row) => row.session)].map((session) => session.id))
	]);
	const seats = new Map(mine.map((row) => [row.session.id, row.seat.status]));
	const seatOf = (id: string) => {
		const status = seats.get(id);
		return status && ACTIVE.includes(status) ? status : null;
	};
	return {
		timeZone: zone,
		timeZones: Intl.supportedValuesOf('timeZone'),
		filter,
		sessions: upcoming.map((session) => ({
			...sessionSummary(session, counts.get(session.id)!, locale, zone),
			seat: seatOf(session.id)
		})),
		mine: mine.map(({ session, seat }) => ({
			...sessionSummary(session, counts.get(session.id)!, locale, zone),
			seatStatus: seat.status,
			attended: !!seat.attendedAt
		}))
	};
};

export const actions: Actions = { timeZone: saveTimeZone };
