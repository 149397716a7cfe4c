import { z } from 'zod';
import { nameField } from '../validation/text';

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.length > 0 && zone.length <= 64;
	} catch {
		return false;
	}
}

/** The wall-clock time of `instant` in `zone`, as milliseconds of a UTC date with those parts. */
function partsIn(instant: Date, zone: string) {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	return Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
}

/**
 * The instant a wall-clock time ("2027-03-14T02:30") names in `zone`. A time the clocks skip
 * (spring forward) moves on by the gap; a time that happens twice (fall back) is the first.
 */
export function zonedTimeToUtc(local: string, zone: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!match || !isTimeZone(zone)) return null;
	const [, y, mo, d, h, mi] = match.map(Number) as number[];
	const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
	const check = new Date(wall);
	if (
		check.getUTCFullYear() !== y ||
		check.getUTCMonth() !== mo! - 1 ||
		check.getUTCDate() !== d ||
		h! > 23 ||
		mi! > 59
	)
		return null;
	// The zone's offsets a day either side: a change of clocks falls between them at most once.
	const offset = (at: number) => partsIn(new Date(at), zone) - at;
	const candidates = [wall - offset(wall - 86_400_000), wall - offset(wall + 86_400_000)];
	const valid = candidates.filter((at) => partsIn(new Date(at), zone) === wall);
	// Repeated (fall back): the first; skipped (spring forward): the offset before the change.
	return new Date(valid.length ? Math.min(...valid) : candidates[0]!);
}

/** `instant` as a wall-clock time in `zone` ("YYYY-MM-DDTHH:mm"), for forms. */
export function utcToZonedTime(instant: Date, zone: string): string {
	return new Date(partsIn(instant, zone)).toISOString().slice(0, 16);
}

const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'invalid' });

/** The event form's fields, in order. */
export const EVENT_FIELDS = ['name', 'slug', 'day', 'timeZone', 'goal', 'opens', 'closes'] as const;

/** What an organizer enters for an event; times are wall-clock times in its time zone. */
export const eventFormSchema = z
	.object({
		name: nameField(120),
		slug: z
			.string()
			.trim()
			.toLowerCase()
			.regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, { error: 'invalid' }),
		day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid' }),
		timeZone: z.string().refine(isTimeZone, { error: 'invalid' }),
		goal: z
			.string()
			.trim()
			.regex(/^\d{1,9}$/, { error: 'invalid' })
			.transform(Number)
			.pipe(z.number().min(1, { error: 'invalid' }).max(100_000_000, { error: 'invalid' })),
		opens: localTime,
		closes: localTime
	})
	.strict()
	.transform((input, context) => {
		const opensAt = zonedTimeToUtc(input.opens, input.timeZone);
		const closesAt = zonedTimeToUtc(input.closes, input.timeZone);
		if (!opensAt || !closesAt || closesAt <= opensAt) {
			context.addIssue({ code: 'custom', path: ['closes'], message: 'invalid' });
			return z.NEVER;
		}
		return {
			name: input.name,
			slug: input.slug,
			day: input.day,
			timeZone: input.timeZone,
			goal: input.goal,
			opensAt,
			closesAt
		};
	});
export type EventInput = z.output<typeof eventFormSchema>;

export type EventStatus = 'not-open-yet' | 'open' | 'closed';

export function eventStatus(
	event: { opensAt: Date; closesAt: Date },
	now = new Date()
): EventStatus {
	if (now < event.opensAt) return 'not-open-yet';
	return now < event.closesAt ? 'open' : 'closed';
}
