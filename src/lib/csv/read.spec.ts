import { describe, expect, it } from 'vitest';
import { decodeCsvFile, parseCsv } from './read';
import { toCsv } from './write';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading an uploaded CSV file', () => {
	it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and LF', () => {
		expect(parseCsv('name,school\r\n"Ana, Jr.","The ""Big"" School"\n"Two\nlines",x\n')).toEqual({
			ok: true,
			rows: [
				['name', 'school'],
				['Ana, Jr.', 'The "Big" School'],
				['Two\nlines', 'x']
			]
		});
		expect(parseCsv('a,,c\n\n,\n')).toEqual({
			ok: true,
			rows: [
				['a', '', 'c'],
				['', '']
			]
		});
		expect(parseCsv('last,row')).toEqual({ ok: true, rows: [['last', 'row']] });
	});

	it('reads back what the app exports, formula guard and all', () => {
		const exported = toCsv([
			['name', 'note'],
			['=HYPERLINK("x")', 'a, "b"\nc']
		]);
		const decoded = decodeCsvFile(bytes(exported), 1000);
		expect(decoded.ok).toBe(true);
		expect(parseCsv((decoded as { text: string }).text)).toEqual({
			ok: true,
			rows: [
				['name', 'note'],
				[`'=HYPERLINK("x")`, 'a, "b"\nc']
			]
		});
	});

	it('refuses malformed quoting with the line it starts on', () => {
		expect(parseCsv('a,b\n"open,c\nd,e')).toEqual({
			ok: false,
			problem: 'unterminated_quote',
			line: 2
		});
		expect(parseCsv('a,b\nx"y",c')).toEqual({ ok: false, problem: 'stray_quote', line: 2 });
		expect(parseCsv('"a"b,c')).toEqual({ ok: false, problem: 'stray_quote', line: 1 });
	});

	it('refuses too many rows', () => {
		expect(parseCsv('h\n1\n2\n3\n', 3)).toEqual({
			ok: false,
			problem: 'too_many_rows',
			maxRows: 3
		});
		expect(parseCsv('h\n1\n2\n', 3).ok).toBe(true);
	});

	it('takes UTF-8 with or without a byte-order mark, and refuses other encodings, binaries, empty and huge files', () => {
		expect(decodeCsvFile(bytes('\ufeffnom,école\n'), 100)).toEqual({
			ok: true,
			text: 'nom,école\n'
		});
		expect(decodeCsvFile(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]), 100)).toEqual({
			ok: false,
			problem: 'encoding',
			detail: 'utf16'
		});
		// "école" in Latin-1: 0xE9 alone is not UTF-8.
		expect(decodeCsvFile(new Uint8Array([0xe9, 0x63, 0x6f, 0x6c, 0x65]), 100)).toEqual({
			ok: false,
			problem: 'encoding',
			detail: 'not_utf8'
		});
		expect(decodeCsvFile(bytes('a,b\u0000'), 100)).toMatchObject({
			problem: 'encoding',
			detail: 'binary'
		});
		expect(decodeCsvFile(new Uint8Array(0), 100)).toEqual({ ok: false, problem: 'empty' });
		expect(decodeCsvFile(bytes(' \n\n'), 100)).toEqual({ ok: false, problem: 'empty' });
		expect(decodeCsvFile(new Uint8Array(101), 100)).toEqual({
			ok: false,
			problem: 'too_large',
			maxBytes: 100
		});
	});
});
