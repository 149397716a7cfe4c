import { error, fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db';
import { readFormData } from '#lib/server/http/forms';
import { requireUser } from '#lib/server/http/guards';
import { minutesToWait } from '#lib/server/rate-limit';
import {
	cancelSeat,
	claimOffer,
	registerForSession,
	seatOf,
	sessionById
} from '#lib/server/training';
import { checkIn, checkInOpen } from '#lib/server/training-attendance';
import { googleCalendarLink, outlookCalendarLink } from '#lib/server/training-calendar';
import { saveTimeZone } from '#lib/server/http/time-zone-action';
import { readerTimeZone } from '#lib/server/training-materials';
import { seatSummary, sessionSummary } from '#lib/server/training-summary';
import { seatCounts, sessionMaterials } from '#lib/server/training-views';
import type { Actions, PageServerLoad } from './$types';

async function findSession(id: string) {
	const session = await sessionById(getDb(), id);
	if (!session) error(404, 'not_found');
	return session;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = await findSession(event.params.id);
	const locale = event.locals.locale;
	const zone = await readerTimeZone(db, user.id);
	const seat = await seatOf(db, session.id, user.id);
	const origin = event.url.origin;
	return {
		session: {
			...sessionSummary(
				session,
				(await seatCounts(db, [session.id])).get(session.id)!,
				locale,
				zone
			),
			// The meeting link is for those with a seat (and organizers), as on the calendar file.
			onlineUrl:
				seat?.status === 'registered' || user.role === 'organizer' ? session.onlineUrl : null,
			ended: session.endsAt <= new Date()
		},
		seat: seatSummary(seat, locale, zone ?? session.timeZone),
		certificate: !!seat?.certificateCode && session.status === 'scheduled',
		checkInOpen: seat?.status === 'registered' && !seat.attendedAt && checkInOpen(session),
		materials: await sessionMaterials(db, session.id),
		timeZone: zone,
		timeZones: Intl.supportedValuesOf('timeZone'),
		calendar: {
			google: googleCalendarLink(session, origin),
			outlook: outlookCalendarLink(session, origin)
		}
	};
};

const refusal = (reason: 'not_found' | 'cancelled' | 'ended' | 'not_offered') =>
	fail(reason === 'not_found' ? 404 : 409, { refused: reason });

export const actions: Actions = {
	timeZone: saveTimeZone,
	register: async (event) => {
		const user = requireUser(event);
		const result = await registerForSession(getDb(), event.params.id, user.id, event.locals.locale);
		if (!result.ok) return refusal(result.reason);
		return { done: result.seat.status };
	},
	cancel: async (event) => {
		const user = requireUser(event);
		await findSession(event.params.id);
		if (!(await cancelSeat(getDb(), event.params.id, user.id)))
			return fail(409, { refused: 'no_seat' as const });
		return { done: 'cancelled' as const };
	},
	claim: async (event) => {
		const user = requireUser(event);
		const result = await claimOffer(getDb(), event.params.id, user.id);
		if (!result.ok) return refusal(result.reason);
		return { done: 'claimed' as const };
	},
	checkIn: async (event) => {
		const user = requireUser(event);
		const session = await findSession(event.params.id);
		const code = String((await readFormData(event.request)).get('code') ?? '').slice(0, 20);
		const result = await checkIn(getDb(), session, user.id, code);
		if (result.ok) return { done: 'checked_in' as const };
		if (result.reason === 'rate_limited') {
			event.setHeaders({ 'Retry-After': String(Math.ceil(result.retryAfterMs / 1000)) });
			return fail(429, { refused: result.reason, minutes: minutesToWait(result.retryAfterMs) });
		}
		return fail(result.reason === 'code_wrong' ? 400 : 409, { refused: result.reason });
	}
};
