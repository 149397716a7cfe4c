import { formatDateTimeIn } from '../i18n/dates';
import { sessionHours } from '../training/session-form';
import type { TrainingSession } from './db/schema';
import type { SeatView } from './training';
import type { SeatCounts } from './training-views';

/** A start and end on one zone's clocks: "Mar 20, 2027, 4:00 PM – 5:30 PM". */
export function timeRange(session: TrainingSession, locale: string, zone: string): string {
	const end = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(
		session.endsAt
	);
	return `${formatDateTimeIn(session.startsAt, locale, zone)} – ${end}`;
}

/** What a session card shows a teacher: times on their clocks and the session's, seats left. */
export function sessionSummary(
	session: TrainingSession,
	counts: SeatCounts,
	locale: string,
	readerZone: string | null
) {
	const seated = counts.registered + counts.offered;
	return {
		id: session.id,
		title: session.title,
		description: session.description,
		facilitator: session.facilitator,
		language: session.language,
		band: session.band,
		status: session.status,
		online: !!session.onlineUrl,
		place: session.place,
		hours: sessionHours(session.startsAt, session.endsAt),
		startsAt: session.startsAt.toISOString(),
		when: timeRange(session, locale, readerZone ?? session.timeZone),
		whenThere:
			readerZone && readerZone !== session.timeZone
				? timeRange(session, locale, session.timeZone)
				: null,
		timeZone: session.timeZone,
		capacity: session.capacity,
		seatsLeft: counts.waitlisted > 0 ? 0 : Math.max(0, session.capacity - seated),
		waitlisted: counts.waitlisted
	};
}

export type SessionSummary = ReturnType<typeof sessionSummary>;

/** A teacher's seat as the page shows it (dates formatted on the server, in their zone). */
export function seatSummary(
	seat: SeatView | null,
	locale: string,
	zone: string
): {
	status: SeatView['status'];
	position: number | null;
	offerUntil: string | null;
	attended: boolean;
} | null {
	if (!seat) return null;
	return {
		status: seat.status,
		position: seat.position,
		offerUntil: seat.offerExpiresAt ? formatDateTimeIn(seat.offerExpiresAt, locale, zone) : null,
		attended: !!seat.attendedAt
	};
}
