import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('dates and numbers in the page’s language', () => {
	it('writes a due day the English or the Spanish way, never as an ISO string', () => {
		expect(formatDate('2099-06-30', 'en')).toBe('Jun 30, 2099');
		expect(formatDate('2099-06-30', 'es')).toBe('30 jun 2099');
		// A due date is the end of a day in UTC: it stays on that day.
		expect(formatDate(new Date('2099-06-30T23:59:59.999Z'), 'en')).toBe('Jun 30, 2099');
		expect(formatDateTime(new Date('2099-06-30T10:00:00Z'), 'es')).not.toContain('2099-06-30');
	});
});
