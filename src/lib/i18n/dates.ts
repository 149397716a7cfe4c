/**
 * A date and time as a teacher reads it, formatted on the server (its time zone is the school's in
 * a typical install) so server and browser render the same text.
 */
export function formatDateTime(value: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value);
}
