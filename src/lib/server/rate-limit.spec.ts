import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { createTestDb } from './testing/test-db';
import {
	checkRateLimit,
	minutesToWait,
	purgeRateLimits,
	recordFailure,
	resetRateLimit
} from './rate-limit';

let db: AppDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await createTestDb()));
afterEach(() => cleanup());

const rule = { max: 3, windowMs: 60_000 };
const t0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('rate limiting', () => {
	it('allows up to max failures in a window, then blocks until the window ends', async () => {
		expect(await recordFailure(db, 'k', rule, at(0))).toEqual({ limited: false });
		expect(await recordFailure(db, 'k', rule, at(1000))).toEqual({ limited: false });
		expect(await recordFailure(db, 'k', rule, at(2000))).toEqual({
			limited: true,
			retryAfterMs: 58_000
		});
		expect(await checkRateLimit(db, 'k', rule, at(30_000))).toEqual({
			limited: true,
			retryAfterMs: 30_000
		});
		expect(await checkRateLimit(db, 'k', rule, at(60_000))).toEqual({ limited: false });
	});

	it('starts a new window after the old one ends', async () => {
		for (let i = 0; i < 3; i++) await recordFailure(db, 'k', rule, at(i));
		expect(await recordFailure(db, 'k', rule, at(61_000))).toEqual({ limited: false });
		expect(await checkRateLimit(db, 'k', rule, at(61_001))).toEqual({ limited: false });
	});

	it('keeps keys apart and can reset one', async () => {
		for (let i = 0; i < 3; i++) await recordFailure(db, 'a', rule, at(i));
		expect((await checkRateLimit(db, 'a', rule, at(10))).limited).toBe(true);
		expect((await checkRateLimit(db, 'b', rule, at(10))).limited).toBe(false);
		await resetRateLimit(db, 'a');
		expect((await checkRateLimit(db, 'a', rule, at(10))).limited).toBe(false);
	});

	it('purges old counters', async () => {
		await recordFailure(db, 'old', rule, at(0));
		await recordFailure(db, 'new', rule, at(120_000));
		expect(await purgeRateLimits(db, at(60_000))).toBe(1);
		expect(
			(await checkRateLimit(db, 'new', { max: 1, windowMs: 60_000 }, at(120_001))).limited
		).toBe(true);
	});

	it('rounds the wait up to whole minutes', () => {
		expect(minutesToWait(1)).toBe(1);
		expect(minutesToWait(60_000)).toBe(1);
		expect(minutesToWait(60_001)).toBe(2);
		expect(minutesToWait(14 * 60_000 + 5)).toBe(15);
	});
});
