/**
 * CSV that spreadsheets open correctly: RFC 4180 quoting, CRLF line ends, a byte-order mark so
 * Excel reads accents as UTF-8, and cells that start like a formula (=, +, -, @, tab, CR) prefixed
 * with an apostrophe so a nickname such as "=HYPERLINK(...)" stays text (CSV injection).
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
