import { z } from 'zod';
import { GRADE_BANDS, LOCALES } from '../curriculum/types';
import { isTimeZone, zonedTimeToUtc } from '../registrations/event';
import { nameField } from '../validation/text';

/** The session form's fields, in order. */
export const SESSION_FIELDS = [
	'title',
	'description',
	'facilitator',
	'timeZone',
	'starts',
	'ends',
	'capacity',
	'onlineUrl',
	'place',
	'language',
	'band',
	'claimMinutes'
] as const;

/** Longest session: a full day's workshop. */
export const MAX_SESSION_HOURS = 12;
export const MAX_CAPACITY = 10_000;
/** Longest claim window an organizer can set: two days. */
export const MAX_CLAIM_MINUTES = 48 * 60;

const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'invalid' });

const whole = (min: number, max: number) =>
	z
		.string()
		.trim()
		.regex(/^\d{1,6}$/, { error: 'invalid' })
		.transform(Number)
		.pipe(z.number().min(min, { error: 'invalid' }).max(max, { error: 'invalid' }));

/** A web address people may open: http or https only, no credentials in it. */
export const webAddress = z
	.string()
	.trim()
	.max(500, { error: 'too_long' })
	.refine(
		(raw) => {
			if (!URL.canParse(raw)) return false;
			const url = new URL(raw);
			return (
				(url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
			);
		},
		{ error: 'invalid' }
	);

const optional = <T extends z.ZodType<string, string>>(schema: T) =>
	z.union([z.literal('').transform(() => null), schema]);

/** What an organizer enters for a session; times are wall-clock times in its time zone. */
export const sessionFormSchema = z
	.object({
		title: nameField(120),
		description: z
			.string()
			.trim()
			.max(4000, { error: 'too_long' })
			.refine((text) => !/[\p{Cc}]/u.test(text.replace(/[\t\n\r]/g, '')), { error: 'invalid' }),
		facilitator: nameField(120),
		timeZone: z.string().refine(isTimeZone, { error: 'invalid' }),
		starts: localTime,
		ends: localTime,
		capacity: whole(1, MAX_CAPACITY),
		onlineUrl: optional(webAddress),
		place: optional(nameField(200)),
		language: z.enum(LOCALES as unknown as [string, ...string[]], { error: 'invalid' }),
		band: z
			.enum(['', ...GRADE_BANDS], { error: 'invalid' })
			.transform((band) => (band === '' ? null : band)),
		claimMinutes: z
			.string()
			.transform((raw) => (raw.trim() === '' ? '0' : raw))
			.pipe(whole(0, MAX_CLAIM_MINUTES))
	})
	.strict()
	.transform((input, context) => {
		const startsAt = zonedTimeToUtc(input.starts, input.timeZone);
		const endsAt = zonedTimeToUtc(input.ends, input.timeZone);
		if (!startsAt) {
			context.addIssue({ code: 'custom', path: ['starts'], message: 'invalid' });
			return z.NEVER;
		}
		const hours = endsAt ? (endsAt.getTime() - startsAt.getTime()) / 3_600_000 : 0;
		if (!endsAt || hours <= 0 || hours > MAX_SESSION_HOURS) {
			context.addIssue({ code: 'custom', path: ['ends'], message: 'invalid' });
			return z.NEVER;
		}
		if (!input.onlineUrl && !input.place) {
			context.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'required' });
			return z.NEVER;
		}
		const { starts: _starts, ends: _ends, ...rest } = input;
		return { ...rest, startsAt, endsAt };
	});
export type SessionInput = z.output<typeof sessionFormSchema>;

/** The material form: a title and either a link or a file (checked where the file is read). */
export const materialLinkSchema = z.object({ title: nameField(120), url: webAddress }).strict();

/** Within the request body limit scripts/start.js sets (BODY_SIZE_LIMIT, 6 MB). */
export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;
/** Files a session may carry, by the type the browser names and the name's ending. */
export const MATERIAL_TYPES: Readonly<Record<string, string>> = {
	pdf: 'application/pdf',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	odp: 'application/vnd.oasis.opendocument.presentation',
	odt: 'application/vnd.oasis.opendocument.text',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	txt: 'text/plain'
};

/** The content type a material file is served with, from its name; null when not allowed. */
export function materialType(fileName: string): string | null {
	const ending = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase();
	return (ending && MATERIAL_TYPES[ending]) ?? null;
}

/** Hours a certificate states: the session's length in quarter hours. */
export function sessionHours(startsAt: Date, endsAt: Date): number {
	return Math.round((endsAt.getTime() - startsAt.getTime()) / 900_000) / 4;
}

/** Continuing-education units: one CEU is ten hours. */
export function ceus(hours: number): number {
	return Math.round(hours * 100) / 1000;
}
