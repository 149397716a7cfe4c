import type { AppDatabase } from './db/client';
import { publicCounter } from './events';

/** How long one process reuses a counted total: the public page is read far more than written. */
export const COUNTER_TTL_MS = 5_000;

const cache = new Map<string, { at: number; value: { educators: number; countries: number } }>();

/**
 * The public counter ("N educators in M countries"), counted at most once per `COUNTER_TTL_MS`
 * per event in this process, so a crowd reloading the page costs one count, not one each.
 */
export async function cachedCounter(
	db: AppDatabase,
	eventId: string,
	now = Date.now()
): Promise<{ educators: number; countries: number }> {
	const hit = cache.get(eventId);
	if (hit && now - hit.at < COUNTER_TTL_MS) return hit.value;
	const value = await publicCounter(db, eventId);
	cache.set(eventId, { at: now, value });
	return value;
}

/** Forgets the cached count (after this process stored a registration, so the sender sees it). */
export function invalidateCounter(eventId: string): void {
	cache.delete(eventId);
}
