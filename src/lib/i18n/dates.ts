/**
 * A date and time as a teacher reads it, formatted on the server (its time zone is the school's in
 * a typical install) so server and browser render the same text.
 */
export function formatDateTime(value: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value);
}

/** A date and time on the clocks of `timeZone` (an event's), e.g. "Apr 2, 2027, 11:59 PM". */
export function formatDateTimeIn(value: Date, locale: string, timeZone: string): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(value);
}

/**
 * A calendar day ("YYYY-MM-DD", or a Date's UTC day) as the page's language writes it, e.g.
 * "Jun 30, 2099" or "30 jun 2099". Due dates are whole days in UTC, so they are shown in UTC.
 */
export function formatDate(value: string | Date, locale: string): string {
	const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A number with a fixed count of decimals, as the page's language writes it ("2.5", "2,5"). */
export function formatDecimal(value: number, digits: number, locale: string): string {
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}
