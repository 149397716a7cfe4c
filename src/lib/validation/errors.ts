/** Error codes that validation produces; the UI turns each into a message in the user's language. */
export const ERROR_CODES = [
	'invalid',
	'required',
	'too_long',
	'email_invalid',
	'email_taken',
	'password_too_short',
	'password_too_long',
	'password_common',
	'password_mismatch',
	'password_wrong',
	'country_invalid',
	'credentials_invalid',
	'rate_limited',
	'name_too_long',
	'roster_too_long',
	'name_characters',
	'class_full',
	'slug_taken'
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes the JSON endpoints (`/api/**`) answer as `{ code }` with their error status; pages turn
 * each into a sentence in the reader's language (`apiErrorMessage`). No endpoint sends a sentence.
 */
export const API_ERROR_CODES = [
	'not_signed_in',
	'unreadable',
	'too_large',
	'too_deep',
	'not_json',
	'invalid',
	'unknown_place',
	'rate_limited',
	'artifact_budget',
	'storage_budget',
	'not_found',
	'no_data',
	'student_limit',
	'class_full',
	'upstream_failed',
	'upstream_timeout',
	'not_a_generator',
	'wrong_generator'
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of every JSON error answer. */
export function apiError<Extra extends Record<string, unknown>>(
	code: ApiErrorCode,
	extra?: Extra
): { code: ApiErrorCode } & Extra {
	return { code, ...(extra as Extra) };
}
