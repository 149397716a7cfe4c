import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { utcToZonedTime, zonedTimeToUtc } from '../registrations/event';
import type { TrainingSession } from './db/schema';

function where(session: TrainingSession): string {
	return [session.place, session.onlineUrl].filter(Boolean).join(' · ');
}

/** A wall-clock time in the session's zone, as ical-generator writes it after TZID. */
function wallClock(instant: Date, zone: string): string {
	return `${utcToZonedTime(instant, zone)}:00`;
}

/**
 * Whether the session's wall-clock times name it without doubt: a time in the hour that happens
 * twice when clocks fall back is read differently by different calendars, so such a session is
 * written in UTC instead.
 */
function unambiguous(session: TrainingSession): boolean {
	return [session.startsAt, session.endsAt].every((instant) => {
		const local = utcToZonedTime(instant, session.timeZone);
		return (
			zonedTimeToUtc(local, session.timeZone)?.getTime() === instant.getTime() &&
			!repeats(instant, local, session.timeZone)
		);
	});
}

/** Whether another instant up to 3 hours away shows the same wall clock (clocks fell back). */
function repeats(instant: Date, local: string, zone: string): boolean {
	for (let shift = -12; shift <= 12; shift++) {
		if (shift === 0) continue;
		const other = new Date(instant.getTime() + shift * 15 * 60_000);
		if (utcToZonedTime(other, zone) === local) return true;
	}
	return false;
}

/**
 * An RFC 5545 calendar of sessions: each event keeps the session's UID, its SEQUENCE goes up with
 * every change of time or status, times are written on the session's own clocks with their
 * VTIMEZONE. One cancelled session alone is a METHOD:CANCEL file (calendars remove the entry);
 * otherwise METHOD:PUBLISH, with cancelled sessions marked STATUS:CANCELLED.
 */
export function sessionsCalendar(
	sessions: readonly TrainingSession[],
	origin: string,
	now = new Date()
): string {
	const single = sessions.length === 1 ? sessions[0] : undefined;
	const calendar = ical({
		prodId: { company: 'Day of AI', product: 'Classroom', language: 'EN' },
		name: single ? single.title : 'Day of AI professional development',
		method: single?.status === 'cancelled' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH
	});
	calendar.timezone({ name: null, generator: getVtimezoneComponent });
	for (const session of sessions) {
		const page = `${origin}/training/${session.id}`;
		calendar.createEvent({
			id: session.uid,
			sequence: session.sequence,
			stamp: now,
			created: session.createdAt,
			lastModified: session.updatedAt,
			...(unambiguous(session)
				? {
						start: wallClock(session.startsAt, session.timeZone),
						end: wallClock(session.endsAt, session.timeZone),
						timezone: session.timeZone
					}
				: { start: session.startsAt, end: session.endsAt }),
			summary: session.title,
			description: `${session.description}\n\n${page}`.trim(),
			location: where(session) || null,
			url: page,
			status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return calendar.toString();
}

const compact = (instant: Date) => instant.toISOString().replace(/[-:]|\.\d{3}/g, '');

/** "Add to Google Calendar": a link the teacher opens; nothing is sent from the server. */
export function googleCalendarLink(session: TrainingSession, origin: string): string {
	const params = new URLSearchParams({
		action: 'TEMPLATE',
		text: session.title,
		dates: `${compact(session.startsAt)}/${compact(session.endsAt)}`,
		details: `${session.description}\n\n${origin}/training/${session.id}`.trim(),
		location: where(session),
		ctz: session.timeZone
	});
	return `https://calendar.google.com/calendar/render?${params}`;
}

/** "Add to Outlook": Outlook on the web's compose link, times in UTC. */
export function outlookCalendarLink(session: TrainingSession, origin: string): string {
	const params = new URLSearchParams({
		path: '/calendar/action/compose',
		rru: 'addevent',
		subject: session.title,
		startdt: session.startsAt.toISOString(),
		enddt: session.endsAt.toISOString(),
		body: `${session.description}\n\n${origin}/training/${session.id}`.trim(),
		location: where(session)
	});
	return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}
