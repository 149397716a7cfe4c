import { z } from 'zod';
import { GRADE_BANDS } from '../curriculum/types';
import { safeRedirectTarget } from './redirect';
import { nameField } from './text';

const className = nameField(60);

/** A student's first name or nickname, as the teacher types it or the student does at /join. */
export const studentName = nameField(30, 'name_too_long');

export const createClassSchema = z.object({
	name: className,
	band: z.enum(GRADE_BANDS, { error: 'invalid' })
});
export const CREATE_CLASS_FIELDS = ['name', 'band'] as const;

export const renameClassSchema = z.object({ name: className });
export const RENAME_CLASS_FIELDS = ['name'] as const;

/** One first name or nickname per line; blank lines ignored; at most 60 students at once. */
export const rosterSchema = z.object({
	roster: z
		.string()
		.max(5000, { error: 'too_long' })
		.transform((text) => text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== ''))
		.pipe(z.array(studentName).min(1, { error: 'required' }).max(60, { error: 'roster_too_long' }))
});
export const ROSTER_FIELDS = ['roster'] as const;

/** "module-slug|band" from the assign form, and an optional YYYY-MM-DD due date. */
export const assignSchema = z.object({
	module: z
		.string()
		.regex(/^[a-z0-9-]+\|(3-5|6-8|9-12)$/, { error: 'invalid' })
		.transform((value) => {
			const [moduleSlug, band] = value.split('|') as [string, '3-5' | '6-8' | '9-12'];
			return { moduleSlug, band };
		}),
	due: z
		.string()
		.trim()
		.refine(
			(value) =>
				value === '' ||
				(/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T23:59:59Z`))),
			{
				error: 'invalid'
			}
		)
		// Due at the end of that day (UTC), so work done on the day is on time.
		.transform((value) => (value ? new Date(`${value}T23:59:59.999Z`) : null)),
	/** Ticked to drop the due date of a module assigned again (no date alone keeps it). */
	clearDue: z
		.string()
		.optional()
		.transform((value) => value === 'yes')
});
export const ASSIGN_FIELDS = ['module', 'due', 'clearDue'] as const;

/** Which artifact a teacher hides or shows: the student who made it and its event key. */
export const artifactRefSchema = z.object({
	student: z.string().min(1, { error: 'required' }).max(100, { error: 'invalid' }),
	key: z.string().min(1, { error: 'required' }).max(300, { error: 'invalid' })
});
export const ARTIFACT_REF_FIELDS = ['student', 'key'] as const;

/** A student id posted by a teacher's form (reset pictures, "helped"). */
export const studentRefSchema = z.object({
	student: z.string().min(1, { error: 'required' }).max(100, { error: 'invalid' })
});
export const STUDENT_REF_FIELDS = ['student'] as const;

/** "I need help" from a student: hand up (1) or down (0), and the page to go back to. */
export const helpSchema = z.object({
	raise: z.enum(['0', '1'], { error: 'invalid' }).transform((value) => value === '1'),
	returnTo: z
		.string()
		.max(500, { error: 'invalid' })
		// A path on this site only: never an open redirect to another origin.
		.transform((value) => safeRedirectTarget(value) ?? '/learn')
});
export const HELP_FIELDS = ['raise', 'returnTo'] as const;
