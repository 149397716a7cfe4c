import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal } from './dates';

describe('dates and numbers in the page’s language', () => {
	it('writes a due day the English or the Spanish way, never as an ISO string', () => {
		expect(formatDate('2099-06-30', 'en')).toBe('Jun 30, 2099');
		expect(formatDate('2099-06-30', 'es')).toBe('30 jun 2099');
		// A due date is the end of a day in UTC: it stays on that day.
		expect(formatDate(new Date('2099-06-30T23:59:59.999Z'), 'en')).toBe('Jun 30, 2099');
		expect(formatDateTime(new Date('2099-06-30T10:00:00Z'), 'es')).not.toContain('2099-06-30');
	});
});

describe('formatDecimal', () => {
	it('writes decimals the way the page’s language does', () => {
		expect(formatDecimal(2.345, 1, 'en')).toBe('2.3');
		expect(formatDecimal(2.345, 1, 'es')).toBe('2,3');
		expect(formatDecimal(0.5, 2, 'es')).toBe('0,50');
	});
});
