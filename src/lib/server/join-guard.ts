import { and, eq, gt, lt } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { config } from './config';
import type { AppDatabase } from './db/client';
import { trustedDevices, trustedLogins } from './db/schema';
import { checkRateLimit, recordFailure, type RateLimitRule } from './rate-limit';
import { first, run } from './db/query';

const MINUTE = 60_000;
const TEN_MINUTES = 10 * MINUTE;
const DAY = 24 * 60 * MINUTE;
/** A tablet stays trusted by a class this long after a student of it last signed in there. */
export const DEVICE_TRUST_MS = 180 * DAY;

/**
 * Who is guessing, as far as the server can tell: the IP address (a whole school may share one),
 * the tablet (a random cookie; null when the browser keeps none) and whether a student of the
 * class has signed in on that tablet before.
 */
export interface Requester {
	ip: string;
	/** SHA-256 of the device cookie, or null. */
	device: string | null;
}

/**
 * Guessing limits for students' sign-in, keyed so that one child's mistakes and one prankster's
 * tablet only lock themselves, and a stranger cannot lock a school out:
 * - per student on one tablet, per student on any tablet (higher), and per tablet, always;
 * - per class and per IP address (with a high ceiling, for a school behind one address) only for
 *   tablets the class does not know, so the class's own tablets keep working during an attack.
 */
export const JOIN_RULES = {
	codePerDevice: { max: 20, windowMs: TEN_MINUTES },
	codePerIp: { max: 300, windowMs: TEN_MINUTES },
	picturePerStudentOnDevice: { max: 5, windowMs: TEN_MINUTES },
	picturePerStudent: { max: 20, windowMs: TEN_MINUTES },
	picturePerDevice: { max: 10, windowMs: TEN_MINUTES },
	picturePerClass: { max: 30, windowMs: TEN_MINUTES },
	picturePerClassPerDay: { max: 150, windowMs: DAY },
	picturePerIp: { max: 500, windowMs: TEN_MINUTES },
	newNamesPerDevice: { max: 5, windowMs: TEN_MINUTES },
	newNamesPerClass: { max: 40, windowMs: TEN_MINUTES },
	/** A whole school joining at once behind one address fits (JOIN_NEW_NAMES_PER_IP). */
	get newNamesPerIp(): RateLimitRule {
		return { max: config.joinNewNamesPerIp, windowMs: TEN_MINUTES };
	}
} satisfies Record<string, RateLimitRule>;

/** The longest window above: counters younger than this are kept. */
export const LONGEST_RULE_MS = Math.max(...Object.values(JOIN_RULES).map((rule) => rule.windowMs));

export type Counter = readonly [key: string, rule: RateLimitRule];

export function hashDevice(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function isTrustedDevice(
	db: AppDatabase,
	device: string | null,
	classId: string,
	now = new Date()
): Promise<boolean> {
	if (!device) return false;
	return !!(await first(
		db
			.select({ at: trustedDevices.trustedAt })
			.from(trustedDevices)
			.where(
				and(
					eq(trustedDevices.deviceHash, device),
					eq(trustedDevices.classId, classId),
					gt(trustedDevices.trustedAt, new Date(now.getTime() - DEVICE_TRUST_MS))
				)
			)
	));
}

/** A student of the class signed in on this tablet: the class trusts it from now on. */
export async function trustDevice(
	db: AppDatabase,
	device: string | null,
	classId: string,
	now = new Date()
): Promise<void> {
	if (!device) return;
	await run(
		db
			.insert(trustedDevices)
			.values({ deviceHash: device, classId, trustedAt: now })
			.onConflictDoUpdate({
				target: [trustedDevices.deviceHash, trustedDevices.classId],
				set: { trustedAt: now }
			})
	);
}

/** Forgets tablets and browsers nobody has signed in on for DEVICE_TRUST_MS. */
export async function forgetOldDevices(db: AppDatabase, now = new Date()): Promise<number> {
	const before = new Date(now.getTime() - DEVICE_TRUST_MS);
	return (
		(await run(db.delete(trustedDevices).where(lt(trustedDevices.trustedAt, before)))).changes +
		(await run(db.delete(trustedLogins).where(lt(trustedLogins.trustedAt, before)))).changes
	);
}

/** Counters for a wrong join code. */
export function codeCounters(who: Requester): Counter[] {
	return [
		...(who.device ? [[`join:device:${who.device}`, JOIN_RULES.codePerDevice] as const] : []),
		[`join:ip:${who.ip}`, JOIN_RULES.codePerIp]
	];
}

/** Counters for a wrong picture password for one student of a class. */
export function pictureCounters(
	who: Requester,
	studentId: string,
	classId: string,
	trusted: boolean
): Counter[] {
	return [
		[`picture:student:${studentId}:${who.device ?? 'none'}`, JOIN_RULES.picturePerStudentOnDevice],
		[`picture:student:${studentId}`, JOIN_RULES.picturePerStudent],
		...(who.device ? [[`picture:device:${who.device}`, JOIN_RULES.picturePerDevice] as const] : []),
		...(trusted
			? []
			: ([
					[`picture:class:${classId}`, JOIN_RULES.picturePerClass],
					[`picture:class-day:${classId}`, JOIN_RULES.picturePerClassPerDay],
					[`picture:ip:${who.ip}`, JOIN_RULES.picturePerIp]
				] as const))
	];
}

/** Counters for a new name added through a class's code. */
export function newNameCounters(who: Requester, classId: string, trusted: boolean): Counter[] {
	return [
		...(who.device
			? [[`join:new:device:${who.device}`, JOIN_RULES.newNamesPerDevice] as const]
			: []),
		...(trusted
			? []
			: ([
					[`join:new:${classId}`, JOIN_RULES.newNamesPerClass],
					[`join:new:ip:${who.ip}`, JOIN_RULES.newNamesPerIp]
				] as const))
	];
}

/** How long until every counter allows another try; 0 when they all do. */
export async function waitFor(
	db: AppDatabase,
	counters: Counter[],
	now = new Date()
): Promise<number> {
	let wait = 0;
	for (const [key, rule] of counters) {
		const state = await checkRateLimit(db, key, rule, now);
		if (state.limited) wait = Math.max(wait, state.retryAfterMs);
	}
	return wait;
}

/** Counts one try against every counter. */
export async function countTry(
	db: AppDatabase,
	counters: Counter[],
	now = new Date()
): Promise<void> {
	for (const [key, rule] of counters) await recordFailure(db, key, rule, now);
}
