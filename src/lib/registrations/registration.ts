import { z } from 'zod';
import { isCountryCode } from '../countries';
import { GRADE_BANDS, LOCALES } from '../curriculum/types';
import { nameField } from '../validation/text';

/**
 * An educator's registration for the yearly Day of AI (issue 17): who they are, where, for which
 * grades and how many students, in which language, and whether they agreed to be contacted. One
 * schema for the public form, the CSV import and the endpoint.
 */
export const REGISTRANT_ROLES = ['teacher', 'school-leader', 'parent', 'other'] as const;
export type RegistrantRole = (typeof REGISTRANT_ROLES)[number];
export const MAX_EXPECTED_STUDENTS = 100_000;

/**
 * The key one person's address is counted under: trimmed, NFKC-normalised (full-width letters and
 * composed or decomposed accents read alike) and lower-cased, so registering again with "ANA@…"
 * or "ａｎａ@…" updates the same registration instead of counting twice.
 */
export function emailKey(email: string): string {
	return email.trim().normalize('NFKC').toLowerCase();
}

const email = z
	.string()
	.transform(emailKey)
	.pipe(
		z
			.string()
			.min(1, { error: 'required' })
			.max(254, { error: 'too_long' })
			.pipe(z.email({ error: 'email_invalid' }))
	);

export const registrationSchema = z
	.object({
		name: nameField(100),
		email,
		role: z.enum(REGISTRANT_ROLES, { error: 'invalid' }),
		organisation: nameField(200),
		country: z.string().trim().toUpperCase().refine(isCountryCode, { error: 'country_invalid' }),
		region: z.union([z.literal(''), nameField(100)]).default(''),
		gradeBands: z
			.array(z.enum(GRADE_BANDS, { error: 'invalid' }))
			.max(GRADE_BANDS.length)
			.refine((bands) => new Set(bands).size === bands.length, { error: 'invalid' }),
		expectedStudents: z
			.number({ error: 'invalid' })
			.int({ error: 'invalid' })
			.min(0, { error: 'invalid' })
			.max(MAX_EXPECTED_STUDENTS, { error: 'invalid' }),
		language: z.enum(LOCALES as [string, ...string[]], { error: 'invalid' }),
		consent: z.boolean({ error: 'invalid' })
	})
	.strict();
export type Registration = z.output<typeof registrationSchema>;
export const REGISTRATION_FIELDS = Object.keys(registrationSchema.shape) as (keyof Registration)[];
