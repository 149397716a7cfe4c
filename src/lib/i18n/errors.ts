import { m } from '#lib/paraglide/messages';
import { API_ERROR_CODES, type ApiErrorCode, type ErrorCode } from '#lib/validation/errors';

const messages: Record<ErrorCode, () => string> = {
	invalid: m.error_invalid,
	required: m.error_required,
	too_long: m.error_too_long,
	email_invalid: m.error_email_invalid,
	email_taken: m.error_email_taken,
	password_too_short: m.error_password_too_short,
	password_too_long: m.error_password_too_long,
	password_common: m.error_password_common,
	password_mismatch: m.error_password_mismatch,
	password_wrong: m.error_password_wrong,
	country_invalid: m.error_country_invalid,
	credentials_invalid: m.error_credentials_invalid,
	rate_limited: m.error_rate_limited_generic,
	name_too_long: m.error_name_too_long,
	roster_too_long: m.error_roster_too_long,
	name_characters: m.error_name_characters,
	class_full: m.error_class_full,
	slug_taken: m.error_slug_taken
};

export function errorMessage(code: ErrorCode | undefined): string | undefined {
	return code ? messages[code]() : undefined;
}

/** What each JSON endpoint's error code means, in the reader's language. */
export const apiErrorMessages: Record<ApiErrorCode, () => string> = {
	not_signed_in: m.api_error_not_signed_in,
	unreadable: m.api_error_unreadable,
	too_large: m.api_error_too_large,
	too_deep: m.api_error_invalid,
	not_json: m.api_error_invalid,
	invalid: m.api_error_invalid,
	unknown_place: m.api_error_invalid,
	rate_limited: m.api_error_rate_limited,
	artifact_budget: m.api_error_storage_budget,
	storage_budget: m.api_error_storage_budget,
	not_found: m.api_error_not_found,
	no_data: m.api_error_not_found,
	student_limit: m.api_error_student_limit,
	class_full: m.api_error_class_full,
	upstream_failed: m.api_error_upstream,
	upstream_timeout: m.api_error_upstream,
	not_a_generator: m.api_error_not_a_generator,
	wrong_generator: m.api_error_wrong_generator
};

const apiCodes: ReadonlySet<string> = new Set(API_ERROR_CODES);

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
	return typeof code === 'string' && apiCodes.has(code);
}

/**
 * An endpoint's error code (or `offline`) as a sentence; a code this version does not know reads
 * as a general "try again later", never as the raw code.
 */
export function apiErrorMessage(code: string | null | undefined): string {
	if (code === 'offline') return m.api_error_offline();
	return isApiErrorCode(code) ? apiErrorMessages[code]() : m.api_error_other();
}

/** Why a student's work has not reached the teacher yet. */
export const deliveryProblem = apiErrorMessage;
