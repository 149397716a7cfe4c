import { ERROR_CODES, type ErrorCode } from '../validation/errors';
import { parseCsv, type CsvProblem } from '../csv/read';
import {
	emailKey,
	registrationSchema,
	REGISTRATION_FIELDS,
	type Registration
} from './registration';

/**
 * A CSV of registrations from an earlier system, checked row by row before anything is stored:
 * every problem is reported with its line and column, and a file with any bad row imports nothing.
 * Columns are named by the header (any order, case-insensitive); grade bands are separated by
 * ";", consent is yes/no (or true/false, 1/0).
 */
export const MAX_IMPORT_ROWS = 50_000;
/** The largest file the import reads: 50,000 rows of about 100 bytes each. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const REQUIRED_COLUMNS = ['name', 'email', 'role', 'organisation', 'country'] as const;

export interface ImportProblem {
	/** The file's line (the header is line 1); 0 for the file as a whole. */
	line: number;
	column: string | null;
	code: ErrorCode | 'missing_column' | 'unknown_column' | 'duplicate_email' | CsvProblem['problem'];
}

export type ImportResult =
	{ ok: true; registrations: Registration[] } | { ok: false; problems: ImportProblem[] };

const YES = new Set(['yes', 'true', '1', 'y', 'sí', 'si']);
const NO = new Set(['no', 'false', '0', 'n', '']);

function cellValue(column: keyof Registration, raw: string): unknown {
	const text = raw.trim();
	switch (column) {
		case 'gradeBands':
			return text ? text.split(';').map((band) => band.trim()) : [];
		case 'expectedStudents':
			return text === '' ? 0 : /^\d+$/.test(text) ? Number(text) : text;
		case 'consent': {
			const lower = text.toLowerCase();
			return YES.has(lower) ? true : NO.has(lower) ? false : text;
		}
		case 'language':
			return text || 'en';
		default:
			return raw;
	}
}

export function checkImport(text: string, maxRows = MAX_IMPORT_ROWS): ImportResult {
	const parsed = parseCsv(text, maxRows + 1);
	if (!parsed.ok) {
		const line = 'line' in parsed ? parsed.line : 0;
		return { ok: false, problems: [{ line, column: null, code: parsed.problem }] };
	}
	const [header, ...rows] = parsed.rows;
	if (!header) return { ok: false, problems: [{ line: 0, column: null, code: 'empty' }] };
	const names = header.map((name) => name.trim().replace(/^\ufeff/, ''));
	const byLower = new Map(REGISTRATION_FIELDS.map((field) => [field.toLowerCase(), field]));
	const problems: ImportProblem[] = [];
	const columns = names.map((name) => byLower.get(name.toLowerCase()) ?? null);
	names.forEach((name, k) => {
		if (!columns[k]) problems.push({ line: 1, column: name, code: 'unknown_column' });
	});
	for (const required of REQUIRED_COLUMNS)
		if (!columns.includes(required))
			problems.push({ line: 1, column: required, code: 'missing_column' });
	if (problems.length) return { ok: false, problems };
	if (rows.length === 0) return { ok: false, problems: [{ line: 0, column: null, code: 'empty' }] };

	const registrations: Registration[] = [];
	const firstLine = new Map<string, number>();
	rows.forEach((row, k) => {
		const line = k + 2;
		const input: Record<string, unknown> = {
			region: '',
			gradeBands: [],
			expectedStudents: 0,
			language: 'en',
			consent: false
		};
		columns.forEach((column, c) => {
			if (column) input[column] = cellValue(column, row[c] ?? '');
		});
		const checked = registrationSchema.safeParse(input);
		if (!checked.success) {
			const seen = new Set<string>();
			for (const issue of checked.error.issues) {
				const column = String(issue.path[0] ?? '');
				if (seen.has(column)) continue;
				seen.add(column);
				const code = (ERROR_CODES as readonly string[]).includes(issue.message)
					? (issue.message as ErrorCode)
					: 'invalid';
				problems.push({ line, column, code });
			}
			return;
		}
		const key = emailKey(checked.data.email);
		const earlier = firstLine.get(key);
		if (earlier !== undefined) {
			problems.push({ line, column: 'email', code: 'duplicate_email' });
			return;
		}
		firstLine.set(key, line);
		registrations.push(checked.data);
	});
	return problems.length ? { ok: false, problems } : { ok: true, registrations };
}
