import { eq, lt, sql } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { rateLimits } from './db/schema';
import { first, run, only } from './db/query';

/** At most `max` failures within a fixed window of `windowMs`, counted from the first failure. */
export interface RateLimitRule {
	max: number;
	windowMs: number;
}

export type RateLimitState = { limited: false } | { limited: true; retryAfterMs: number };

function stateOf(
	row: { count: number; windowStartsAt: Date } | undefined,
	rule: RateLimitRule,
	now: Date
): RateLimitState {
	if (!row) return { limited: false };
	const windowEndsAt = row.windowStartsAt.getTime() + rule.windowMs;
	if (now.getTime() >= windowEndsAt || row.count < rule.max) return { limited: false };
	return { limited: true, retryAfterMs: windowEndsAt - now.getTime() };
}

export async function checkRateLimit(
	db: AppDatabase,
	key: string,
	rule: RateLimitRule,
	now = new Date()
): Promise<RateLimitState> {
	const row = await first(db.select().from(rateLimits).where(eq(rateLimits.key, key)));
	return stateOf(row, rule, now);
}

/** Counts one failure (or `amount` hits) against `key` and returns the state after counting. */
export async function recordFailure(
	db: AppDatabase,
	key: string,
	rule: RateLimitRule,
	now = new Date(),
	amount = 1
): Promise<RateLimitState> {
	const windowExpiredBefore = new Date(now.getTime() - rule.windowMs);
	const row = await only(
		db
			.insert(rateLimits)
			.values({ key, count: amount, windowStartsAt: now })
			.onConflictDoUpdate({
				target: rateLimits.key,
				set: {
					count: sql`case when ${rateLimits.windowStartsAt} <= ${sql.param(windowExpiredBefore, rateLimits.windowStartsAt)} then ${amount} else ${rateLimits.count} + ${amount} end`,
					windowStartsAt: sql`case when ${rateLimits.windowStartsAt} <= ${sql.param(windowExpiredBefore, rateLimits.windowStartsAt)} then ${sql.param(now, rateLimits.windowStartsAt)} else ${rateLimits.windowStartsAt} end`
				}
			})
			.returning()
	);
	return stateOf(row, rule, now);
}

/**
 * Takes `amount` from the window's allowance if it all fits, and counts it; otherwise counts
 * nothing and says how long until the window ends. For budgets such as events per minute.
 */
export async function takeFromAllowance(
	db: AppDatabase,
	key: string,
	rule: RateLimitRule,
	amount: number,
	now = new Date()
): Promise<RateLimitState> {
	return db.transaction(async (tx) => {
		const row = await first(tx.select().from(rateLimits).where(eq(rateLimits.key, key)));
		const windowEndsAt = row ? row.windowStartsAt.getTime() + rule.windowMs : 0;
		const used = row && now.getTime() < windowEndsAt ? row.count : 0;
		if (used + amount > rule.max)
			return { limited: true, retryAfterMs: Math.max(1000, windowEndsAt - now.getTime()) };
		await recordFailure(tx as unknown as AppDatabase, key, rule, now, amount);
		return { limited: false };
	});
}

export async function resetRateLimit(db: AppDatabase, key: string): Promise<void> {
	await run(db.delete(rateLimits).where(eq(rateLimits.key, key)));
}

/** Removes counters whose window ended before `olderThan`. */
export async function purgeRateLimits(db: AppDatabase, olderThan: Date): Promise<number> {
	return (await run(db.delete(rateLimits).where(lt(rateLimits.windowStartsAt, olderThan)))).changes;
}

/** Whole minutes to wait, rounded up, never less than one. */
export function minutesToWait(retryAfterMs: number): number {
	return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
