import { z } from 'zod';
import { GRADE_BANDS } from '../curriculum/types';

const className = z.string().trim().min(1, { error: 'required' }).max(60, { error: 'too_long' });

export const createClassSchema = z.object({
	name: className,
	band: z.enum(GRADE_BANDS, { error: 'invalid' })
});
export const CREATE_CLASS_FIELDS = ['name', 'band'] as const;

export const renameClassSchema = z.object({ name: className });
export const RENAME_CLASS_FIELDS = ['name'] as const;

/** One first name or nickname per line; blank lines ignored; at most 60 students. */
export const rosterSchema = z.object({
	roster: z
		.string()
		.max(5000, { error: 'too_long' })
		.transform((text) =>
			text
				.split(/\r?\n/)
				.map((line) => line.trim().replace(/\s+/g, ' '))
				.filter(Boolean)
		)
		.pipe(
			z
				.array(z.string().max(30, { error: 'name_too_long' }))
				.min(1, { error: 'required' })
				.max(60, { error: 'roster_too_long' })
		)
});
export const ROSTER_FIELDS = ['roster'] as const;
