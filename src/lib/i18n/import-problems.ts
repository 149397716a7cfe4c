import { m } from '#lib/paraglide/messages';
import { ERROR_CODES, type ErrorCode } from '#lib/validation/errors';
import { errorMessage } from './errors';

const fileProblems: Record<string, (limits: { rows: number; megabytes: number }) => string> = {
	no_file: () => m.import_no_file(),
	empty: () => m.import_empty(),
	too_large: ({ megabytes }) => m.import_too_large({ megabytes }),
	utf16: () => m.import_utf16(),
	not_utf8: () => m.import_not_utf8(),
	binary: () => m.import_binary(),
	unterminated_quote: () => m.import_unterminated_quote(),
	stray_quote: () => m.import_stray_quote(),
	too_many_rows: ({ rows }) => m.import_too_many_rows({ rows }),
	missing_column: () => m.import_missing_column(),
	unknown_column: () => m.import_unknown_column(),
	duplicate_email: () => m.import_duplicate_email()
};

const fieldCodes: ReadonlySet<string> = new Set(ERROR_CODES);

/** One problem of the import's report as a sentence in the reader's language. */
export function importProblemMessage(
	code: string,
	limits: { rows: number; megabytes: number }
): string {
	const file = fileProblems[code];
	if (file) return file(limits);
	return fieldCodes.has(code) ? errorMessage(code as ErrorCode)! : m.error_invalid();
}
