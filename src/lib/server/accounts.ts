import { and, eq, gt, lt } from 'drizzle-orm';
import type { ErrorCode } from '../validation/errors';
import {
	normalizeEmail,
	type ChangePasswordInput,
	type LoginInput,
	type SignupInput
} from '../validation/account';
import { config } from './config';
import type { AppDatabase } from './db/client';
import { isUniqueViolation } from './db/errors';
import { signupRequests, trustedLogins, users, type Role } from './db/schema';
import {
	hashPassword,
	isCommonPassword,
	spendPasswordVerificationTime,
	verifyPassword
} from './auth/password';
import {
	generateSessionToken,
	invalidateUserSessions,
	sessionIdFromToken,
	type SessionUser
} from './auth/session';
import { linkRegistrationsToAccount } from './events';
import { generateId } from './ids';
import { DEVICE_TRUST_MS, type Requester } from './join-guard';
import { sendMail, type Mail } from './mail';
import {
	checkRateLimit,
	recordFailure,
	resetRateLimit,
	takeFromAllowance,
	type RateLimitRule
} from './rate-limit';
import { first, run, only } from './db/query';

export type AccountResult<Fields extends string> =
	{ ok: true; user: SessionUser } | { ok: false; errors: Partial<Record<Fields, ErrorCode>> };

function toSessionUser(row: typeof users.$inferSelect): SessionUser {
	const { id, email, name, role, country, school } = row;
	return { id, email, name, role, country, school };
}

export async function findUserByEmail(db: AppDatabase, email: string) {
	return await first(
		db
			.select()
			.from(users)
			.where(eq(users.email, normalizeEmail(email)))
	);
}

/**
 * Creates an account with any role, at once (the server's `npm run user`, the demo seed). Self
 * sign-up goes through `requestSignup` and `confirmSignup`, which is always a teacher.
 */
export async function createUser(
	db: AppDatabase,
	input: SignupInput,
	role: Role
): Promise<AccountResult<keyof SignupInput & string>> {
	if (isCommonPassword(input.password))
		return { ok: false, errors: { password: 'password_common' } };
	const email = normalizeEmail(input.email);
	if (await findUserByEmail(db, email)) return { ok: false, errors: { email: 'email_taken' } };
	const passwordHash = await hashPassword(input.password);
	try {
		const row = await only(
			db
				.insert(users)
				.values({
					id: generateId(),
					email,
					name: input.name,
					passwordHash,
					role,
					country: input.country,
					school: input.school
				})
				.returning()
		);
		await linkRegistrationsToAccount(db, row.id, row.email);
		return { ok: true, user: toSessionUser(row) };
	} catch (error) {
		// Two sign-ups for one address at the same moment: the unique index decides.
		if (isUniqueViolation(error)) return { ok: false, errors: { email: 'email_taken' } };
		throw error;
	}
}

export function loginRules(): { pair: RateLimitRule; account: RateLimitRule; ip: RateLimitRule } {
	const windowMs = config.loginWindowSeconds * 1000;
	return {
		pair: { max: config.loginMaxFailuresPerAccount, windowMs },
		account: { max: config.loginMaxFailuresPerAccountGlobal, windowMs },
		ip: { max: config.loginMaxFailuresPerIp, windowMs }
	};
}

export type LoginResult =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'credentials' }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

async function isTrustedLogin(
	db: AppDatabase,
	device: string | null,
	userId: string,
	now: Date
): Promise<boolean> {
	if (!device) return false;
	return !!(await first(
		db
			.select({ at: trustedLogins.trustedAt })
			.from(trustedLogins)
			.where(
				and(
					eq(trustedLogins.deviceHash, device),
					eq(trustedLogins.userId, userId),
					gt(trustedLogins.trustedAt, new Date(now.getTime() - DEVICE_TRUST_MS))
				)
			)
	));
}

/**
 * Checks an email and password. Failures never reveal whether the email has an account. They are
 * limited per account and IP address together (a stranger's failures elsewhere do not lock the
 * owner out), per IP address (high: a school shares one), and per account from all IPs together
 * (slower: a spread-out attack), which never applies on a browser the owner has logged in on.
 */
export async function logIn(
	db: AppDatabase,
	input: LoginInput,
	who: Requester,
	now = new Date()
): Promise<LoginResult> {
	const rules = loginRules();
	const email = normalizeEmail(input.email);
	const user = await findUserByEmail(db, email);
	const trusted = user ? await isTrustedLogin(db, who.device, user.id, now) : false;
	const counters: [string, RateLimitRule][] = [
		[`login:pair:${email}:${who.ip}`, rules.pair],
		[`login:ip:${who.ip}`, rules.ip],
		...(trusted ? [] : [[`login:account:${email}`, rules.account] as [string, RateLimitRule]])
	];
	const waitOf = (states: Awaited<ReturnType<typeof checkRateLimit>>[]) =>
		Math.max(0, ...states.map((state) => (state.limited ? state.retryAfterMs : 0)));

	const wait = waitOf(
		await Promise.all(counters.map(([key, rule]) => checkRateLimit(db, key, rule, now)))
	);
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: wait };

	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: (await spendPasswordVerificationTime(input.password), false);

	if (user && valid) {
		await resetRateLimit(db, counters[0]![0]);
		if (who.device)
			await run(
				db
					.insert(trustedLogins)
					.values({ deviceHash: who.device, userId: user.id, trustedAt: now })
					.onConflictDoUpdate({
						target: [trustedLogins.deviceHash, trustedLogins.userId],
						set: { trustedAt: now }
					})
			);
		return { ok: true, user: toSessionUser(user) };
	}
	const waitAfter = waitOf(
		await Promise.all(counters.map(([key, rule]) => recordFailure(db, key, rule, now)))
	);
	if (waitAfter > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: waitAfter };
	return { ok: false, reason: 'credentials' };
}

/** How long a mailed sign-up link works. */
export const SIGNUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Sign-up mails one address may receive per hour: nobody can flood someone's inbox. */
const SIGNUP_MAILS_PER_ADDRESS: RateLimitRule = { max: 3, windowMs: 60 * 60 * 1000 };

/** The two mails of sign-up, written by the caller in the visitor's language. */
export interface SignupMails {
	/** To a new address: the link that creates the account. */
	confirm(link: string): Omit<Mail, 'to'>;
	/** To an address that has an account already: nothing is created, log in instead. */
	existing(): Omit<Mail, 'to'>;
}

export type SignupRequestResult =
	| { ok: true }
	| { ok: false; errors: Partial<Record<keyof SignupInput & string, ErrorCode>> }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

/**
 * Starts a sign-up. Whether or not the address has an account, the visitor is told the same ("we
 * sent you a link") and the same work is done (the password is hashed either way); the mail says
 * the rest. Sign-ups are limited per IP address, and mails per address.
 */
export async function requestSignup(
	db: AppDatabase,
	input: SignupInput,
	ip: string,
	mails: SignupMails,
	linkFor: (token: string) => string,
	now = new Date()
): Promise<SignupRequestResult> {
	if (isCommonPassword(input.password))
		return { ok: false, errors: { password: 'password_common' } };
	const perIp = await takeFromAllowance(
		db,
		`signup:ip:${ip}`,
		{ max: config.signupMaxPerIp, windowMs: 60 * 60 * 1000 },
		1,
		now
	);
	if (perIp.limited) return { ok: false, reason: 'rate_limited', retryAfterMs: perIp.retryAfterMs };

	const email = normalizeEmail(input.email);
	const passwordHash = await hashPassword(input.password);
	const mailAllowed = !(
		await takeFromAllowance(db, `signup:mail:${email}`, SIGNUP_MAILS_PER_ADDRESS, 1, now)
	).limited;
	if (await findUserByEmail(db, email)) {
		if (mailAllowed) await sendMail(db, { to: email, ...mails.existing() });
		return { ok: true };
	}
	const token = generateSessionToken();
	await run(db.delete(signupRequests).where(lt(signupRequests.expiresAt, now)));
	await run(
		db.insert(signupRequests).values({
			id: sessionIdFromToken(token),
			email,
			name: input.name,
			passwordHash,
			country: input.country,
			school: input.school,
			expiresAt: new Date(now.getTime() + SIGNUP_LINK_LIFETIME_MS)
		})
	);
	if (mailAllowed) await sendMail(db, { to: email, ...mails.confirm(linkFor(token)) });
	return { ok: true };
}

async function pendingSignup(db: AppDatabase, token: string, now: Date) {
	return await first(
		db
			.select()
			.from(signupRequests)
			.where(
				and(eq(signupRequests.id, sessionIdFromToken(token)), gt(signupRequests.expiresAt, now))
			)
	);
}

/** Whether a mailed sign-up link is still good (the confirm page asks before creating anything). */
export async function isPendingSignup(
	db: AppDatabase,
	token: string,
	now = new Date()
): Promise<boolean> {
	return /^[a-z2-7]{32}$/.test(token) && !!(await pendingSignup(db, token, now));
}

/**
 * Creates the teacher's account from a mailed link, once: every pending sign-up for that address
 * goes with it. `taken` when the address got an account meanwhile, `expired` for an unknown link.
 */
export async function confirmSignup(
	db: AppDatabase,
	token: string,
	now = new Date()
): Promise<{ ok: true; user: SessionUser } | { ok: false; reason: 'expired' | 'taken' }> {
	if (!/^[a-z2-7]{32}$/.test(token)) return { ok: false, reason: 'expired' };
	return db.transaction(async (tx) => {
		const request = await pendingSignup(tx as unknown as AppDatabase, token, now);
		if (!request) return { ok: false as const, reason: 'expired' as const };
		await run(tx.delete(signupRequests).where(eq(signupRequests.email, request.email)));
		if (await findUserByEmail(tx as unknown as AppDatabase, request.email))
			return { ok: false as const, reason: 'taken' as const };
		const row = await only(
			tx
				.insert(users)
				.values({
					id: generateId(),
					email: request.email,
					name: request.name,
					passwordHash: request.passwordHash,
					role: 'teacher',
					country: request.country,
					school: request.school
				})
				.returning()
		);
		await linkRegistrationsToAccount(tx as unknown as AppDatabase, row.id, row.email);
		return { ok: true as const, user: toSessionUser(row) };
	});
}

/** Changes a password after checking the current one, and logs out every other session. */
export async function changePassword(
	db: AppDatabase,
	userId: string,
	currentSessionId: string,
	input: ChangePasswordInput
): Promise<
	{ ok: true } | { ok: false; errors: Partial<Record<keyof ChangePasswordInput, ErrorCode>> }
> {
	const user = await first(db.select().from(users).where(eq(users.id, userId)));
	if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
		return { ok: false, errors: { currentPassword: 'password_wrong' } };
	}
	if (isCommonPassword(input.newPassword)) {
		return { ok: false, errors: { newPassword: 'password_common' } };
	}
	const passwordHash = await hashPassword(input.newPassword);
	await db.transaction(async (tx) => {
		await run(tx.update(users).set({ passwordHash }).where(eq(users.id, userId)));
		await invalidateUserSessions(tx as unknown as AppDatabase, userId, {
			except: currentSessionId
		});
	});
	return { ok: true };
}

/** Sets a user's role (used by the server-side `npm run user` command, never by a web form). */
export async function setRole(
	db: AppDatabase,
	email: string,
	role: Role
): Promise<SessionUser | undefined> {
	const row = await first(
		db
			.update(users)
			.set({ role })
			.where(eq(users.email, normalizeEmail(email)))
			.returning()
	);
	return row ? toSessionUser(row) : undefined;
}
