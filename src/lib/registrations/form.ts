import { ERROR_CODES, type ErrorCode } from '../validation/errors';
import type { FormResult } from '../validation/form';
import { registrationSchema, type Registration } from './registration';

const knownCodes: ReadonlySet<string> = new Set(ERROR_CODES);

/** The text fields of the event form, echoed back when it has errors. */
const TEXT_FIELDS = [
	'name',
	'email',
	'role',
	'organisation',
	'country',
	'region',
	'expectedStudents',
	'language'
] as const;

function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/**
 * Reads the public event form into a checked registration: grade bands are checkboxes, consent
 * is a checkbox (absent means no), the expected number of students a whole number (empty is 0).
 */
export function readRegistrationForm(form: FormData): FormResult<Registration> {
	const values: Record<string, string> = {};
	for (const field of TEXT_FIELDS) values[field] = text(form, field);
	const bands = form.getAll('gradeBands').filter((band) => typeof band === 'string');
	values.gradeBands = bands.join(';');
	values.consent = form.has('consent') ? 'yes' : '';
	const students = (values.expectedStudents ?? '').trim();
	const result = registrationSchema.safeParse({
		name: values.name,
		email: values.email,
		role: values.role,
		organisation: values.organisation,
		country: values.country,
		region: values.region,
		gradeBands: bands,
		expectedStudents: students === '' ? 0 : /^\d{1,9}$/.test(students) ? Number(students) : NaN,
		language: values.language,
		consent: form.has('consent')
	});
	if (result.success) return { ok: true, data: result.data };
	const errors: Record<string, ErrorCode> = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= knownCodes.has(issue.message) ? (issue.message as ErrorCode) : 'invalid';
	}
	return { ok: false, errors, values };
}
