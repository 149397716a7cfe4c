/**
 * The dashboard's date filter: whole UTC days "YYYY-MM-DD", both ends included, either one open.
 * Returns the half-open range of instants [from, to) it stands for, or why it cannot.
 */
export type RangeResult =
	| { ok: true; from?: Date; to?: Date; fromDay: string; toDay: string }
	| { ok: false; fromDay: string; toDay: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(day: string): Date | null {
	if (!DAY.test(day)) return null;
	const date = new Date(`${day}T00:00:00Z`);
	return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : date;
}

export function readDateRange(fromDay: string | null, toDay: string | null): RangeResult {
	const fromText = (fromDay ?? '').trim();
	const toText = (toDay ?? '').trim();
	const from = fromText ? dayStart(fromText) : undefined;
	const toStart = toText ? dayStart(toText) : undefined;
	if (from === null || toStart === null || (from && toStart && toStart < from))
		return { ok: false, fromDay: fromText, toDay: toText };
	return {
		ok: true,
		from,
		to: toStart ? new Date(toStart.getTime() + 86_400_000) : undefined,
		fromDay: fromText,
		toDay: toText
	};
}
