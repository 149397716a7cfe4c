import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './write';

describe('CSV export', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('Ana, María')).toBe('"Ana, María"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(null)).toBe('');
		expect(csvCell(3)).toBe('3');
	});

	it('keeps formula-looking text as text', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@sum')).toBe("'@sum");
		expect(csvCell(-2)).toBe('-2');
	});

	it('writes a BOM and CRLF rows', () => {
		expect(
			toCsv([
				['a', 'b'],
				['c', null]
			])
		).toBe('\ufeffa,b\r\nc,\r\n');
	});
});
