import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { registrationSummary } from './registrations';

let db: AppDatabase;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

let n = 0;
function register(country: string, createdAt: string, role: 'teacher' | 'organizer' = 'teacher') {
	n++;
	db.insert(users)
		.values({
			id: `u${n}`,
			email: `t${n}@x.org`,
			name: 'T',
			passwordHash: 'x',
			country,
			school: 'S',
			role,
			createdAt: new Date(createdAt)
		})
		.run();
}

describe('registrationSummary', () => {
	it('counts teachers by country and by day, leaving organizers out', () => {
		register('US', '2026-11-20T10:00:00Z');
		register('US', '2026-11-20T23:59:00Z');
		register('MX', '2026-11-22T08:00:00Z');
		register('KE', '2026-10-01T08:00:00Z');
		register('US', '2026-11-21T08:00:00Z', 'organizer');

		const summary = registrationSummary(db, 7, new Date('2026-11-25T12:00:00Z'));
		expect(summary.total).toBe(4);
		expect(summary.countries).toBe(3);
		expect(summary.byCountry).toEqual([
			{ country: 'US', count: 2 },
			{ country: 'KE', count: 1 },
			{ country: 'MX', count: 1 }
		]);
		expect(summary.byDay.map((d) => d.day)).toEqual([
			'2026-11-19',
			'2026-11-20',
			'2026-11-21',
			'2026-11-22',
			'2026-11-23',
			'2026-11-24',
			'2026-11-25'
		]);
		expect(summary.byDay.map((d) => d.count)).toEqual([0, 2, 0, 1, 0, 0, 0]);
	});
});
