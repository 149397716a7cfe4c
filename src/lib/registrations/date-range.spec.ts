import { describe, expect, it } from 'vitest';
import { readDateRange } from './date-range';

describe('dashboard date range', () => {
	it('takes whole UTC days, both ends included', () => {
		const range = readDateRange('2027-01-10', '2027-01-12');
		expect(range).toMatchObject({ ok: true });
		if (!range.ok) return;
		expect(range.from!.toISOString()).toBe('2027-01-10T00:00:00.000Z');
		expect(range.to!.toISOString()).toBe('2027-01-13T00:00:00.000Z');
	});

	it('leaves an empty end open', () => {
		expect(readDateRange('', null)).toEqual({
			ok: true,
			from: undefined,
			to: undefined,
			fromDay: '',
			toDay: ''
		});
		const range = readDateRange(null, '2027-02-28');
		expect(range.ok && range.from === undefined && range.to!.toISOString()).toBe(
			'2027-03-01T00:00:00.000Z'
		);
	});

	it('refuses days that do not exist, other formats and an end before the start', () => {
		for (const [from, to] of [
			['2027-02-30', ''],
			['10/01/2027', ''],
			['', '2027-13-01'],
			['2027-01-12', '2027-01-10'],
			["2027-01-01' or 1=1", '']
		])
			expect(readDateRange(from!, to!).ok, `${from} ${to}`).toBe(false);
	});
});
