import type { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors';

export type FieldErrors<T> = Partial<Record<keyof T & string, ErrorCode>>;

export type FormResult<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors<T>; values: Record<string, string> };

const knownCodes: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * Validates form fields with a zod schema whose error messages are error codes. Every field is
 * read as a string (missing fields become ''), so a schema sees the same shape from any client.
 */
export function parseForm<S extends z.ZodType<unknown, Record<string, string>>>(
	schema: S,
	formData: FormData,
	fields: readonly string[]
): FormResult<z.output<S>> {
	const raw: Record<string, string> = {};
	for (const field of fields) {
		const value = formData.get(field);
		raw[field] = typeof value === 'string' ? value : '';
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };

	const errors: Record<string, ErrorCode> = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (errors[field]) continue;
		errors[field] = knownCodes.has(issue.message) ? (issue.message as ErrorCode) : 'invalid';
	}
	// Never echo secrets back into the page.
	const values = Object.fromEntries(
		Object.entries(raw).filter(([key]) => !key.toLowerCase().includes('password'))
	);
	return { ok: false, errors: errors as FieldErrors<z.output<S>>, values };
}
