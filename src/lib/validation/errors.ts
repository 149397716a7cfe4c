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
	'class_full'
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
