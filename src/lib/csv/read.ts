/**
 * Reading a CSV file someone uploaded (an earlier system's export): the bytes must be UTF-8 (a
 * byte-order mark is allowed and dropped), within a size, and the text RFC 4180 (quoted fields
 * with "" for a quote and line breaks inside, CRLF or LF line ends). Anything else is refused with
 * a reason, never half-read.
 */
export type CsvProblem =
	| { problem: 'empty' }
	| { problem: 'too_large'; maxBytes: number }
	| { problem: 'encoding'; detail: 'utf16' | 'not_utf8' | 'binary' }
	| { problem: 'unterminated_quote'; line: number }
	| { problem: 'stray_quote'; line: number }
	| { problem: 'too_many_rows'; maxRows: number };

export type CsvResult = { ok: true; rows: string[][] } | ({ ok: false } & CsvProblem);

/** The file's text, or why it cannot be read as UTF-8 CSV. */
export function decodeCsvFile(
	bytes: Uint8Array,
	maxBytes: number
): { ok: true; text: string } | ({ ok: false } & CsvProblem) {
	if (bytes.byteLength > maxBytes) return { ok: false, problem: 'too_large', maxBytes };
	if (bytes.byteLength === 0) return { ok: false, problem: 'empty' };
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { ok: false, problem: 'encoding', detail: 'utf16' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return { ok: false, problem: 'encoding', detail: 'not_utf8' };
	}
	if (text.includes('\u0000')) return { ok: false, problem: 'encoding', detail: 'binary' };
	if (!text.trim()) return { ok: false, problem: 'empty' };
	return { ok: true, text };
}

/** Splits CSV text into rows of fields; blank lines are left out. */
export function parseCsv(text: string, maxRows = Infinity): CsvResult {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let fieldStarted = false;
	let line = 1;
	let quoteLine = 1;
	const endRow = () => {
		row.push(field);
		if (row.length > 1 || row[0] !== '') rows.push(row);
		row = [];
		field = '';
		fieldStarted = false;
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else {
				if (char === '\n') line++;
				field += char;
			}
			continue;
		}
		if (char === '"') {
			if (fieldStarted) return { ok: false, problem: 'stray_quote', line };
			quoted = true;
			fieldStarted = true;
			quoteLine = line;
		} else if (char === ',') {
			row.push(field);
			field = '';
			fieldStarted = false;
		} else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			endRow();
			line++;
			if (rows.length > maxRows) return { ok: false, problem: 'too_many_rows', maxRows };
		} else {
			// Text after a closing quote ("a"b) is malformed.
			if (fieldStarted && field !== '' && text[i - 1] === '"')
				return { ok: false, problem: 'stray_quote', line };
			field += char;
			fieldStarted = true;
		}
	}
	if (quoted) return { ok: false, problem: 'unterminated_quote', line: quoteLine };
	if (field !== '' || row.length > 0) endRow();
	if (rows.length > maxRows) return { ok: false, problem: 'too_many_rows', maxRows };
	return { ok: true, rows };
}
