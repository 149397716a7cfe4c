import { m } from '#lib/paraglide/messages';
import type { ErrorCode } from '#lib/validation/errors';

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
	class_full: m.error_class_full
};

export function errorMessage(code: ErrorCode | undefined): string | undefined {
	return code ? messages[code]() : undefined;
}
