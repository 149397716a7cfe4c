import { eq } from 'drizzle-orm';
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
import { users, type Role } from './db/schema';
import {
	hashPassword,
	isCommonPassword,
	spendPasswordVerificationTime,
	verifyPassword
} from './auth/password';
import { invalidateUserSessions, type SessionUser } from './auth/session';
import { generateId } from './ids';
import { checkRateLimit, recordFailure, resetRateLimit, type RateLimitRule } from './rate-limit';

export type AccountResult<Fields extends string> =
	{ ok: true; user: SessionUser } | { ok: false; errors: Partial<Record<Fields, ErrorCode>> };

function toSessionUser(row: typeof users.$inferSelect): SessionUser {
	const { id, email, name, role, country, school } = row;
	return { id, email, name, role, country, school };
}

export function findUserByEmail(db: AppDatabase, email: string) {
	return db
		.select()
		.from(users)
		.where(eq(users.email, normalizeEmail(email)))
		.get();
}

/** Creates an account with any role. Self sign-up goes through `signUp`, which is always teacher. */
export async function createUser(
	db: AppDatabase,
	input: SignupInput,
	role: Role
): Promise<AccountResult<keyof SignupInput & string>> {
	if (isCommonPassword(input.password))
		return { ok: false, errors: { password: 'password_common' } };
	const email = normalizeEmail(input.email);
	if (findUserByEmail(db, email)) return { ok: false, errors: { email: 'email_taken' } };
	const passwordHash = await hashPassword(input.password);
	try {
		const row = db
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
			.get();
		return { ok: true, user: toSessionUser(row) };
	} catch (error) {
		// Two sign-ups for one address at the same moment: the unique index decides.
		if (isUniqueViolation(error)) return { ok: false, errors: { email: 'email_taken' } };
		throw error;
	}
}

export function signUp(db: AppDatabase, input: SignupInput) {
	return createUser(db, input, 'teacher');
}

export function loginRules(): { account: RateLimitRule; ip: RateLimitRule } {
	const windowMs = config.loginWindowSeconds * 1000;
	return {
		account: { max: config.loginMaxFailuresPerAccount, windowMs },
		ip: { max: config.loginMaxFailuresPerIp, windowMs }
	};
}

export type LoginResult =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'credentials' }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number };

/**
 * Checks an email and password. Failures never reveal whether the email has an account, and are
 * limited per IP address and per email address (whether or not it has an account).
 */
export async function logIn(
	db: AppDatabase,
	input: LoginInput,
	ip: string,
	now = new Date()
): Promise<LoginResult> {
	const rules = loginRules();
	const email = normalizeEmail(input.email);
	const accountKey = `login:account:${email}`;
	const ipKey = `login:ip:${ip}`;

	const blocked = [
		checkRateLimit(db, ipKey, rules.ip, now),
		checkRateLimit(db, accountKey, rules.account, now)
	];
	const wait = Math.max(...blocked.map((state) => (state.limited ? state.retryAfterMs : 0)));
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: wait };

	const user = findUserByEmail(db, email);
	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: (await spendPasswordVerificationTime(input.password), false);

	if (user && valid) {
		resetRateLimit(db, accountKey);
		return { ok: true, user: toSessionUser(user) };
	}
	const after = [
		recordFailure(db, ipKey, rules.ip, now),
		recordFailure(db, accountKey, rules.account, now)
	];
	const waitAfter = Math.max(...after.map((state) => (state.limited ? state.retryAfterMs : 0)));
	if (waitAfter > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: waitAfter };
	return { ok: false, reason: 'credentials' };
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
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
		return { ok: false, errors: { currentPassword: 'password_wrong' } };
	}
	if (isCommonPassword(input.newPassword)) {
		return { ok: false, errors: { newPassword: 'password_common' } };
	}
	const passwordHash = await hashPassword(input.newPassword);
	db.transaction((tx) => {
		tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
		invalidateUserSessions(tx as unknown as AppDatabase, userId, { except: currentSessionId });
	});
	return { ok: true };
}

/** Sets a user's role (used by the server-side `npm run user` command, never by a web form). */
export function setRole(db: AppDatabase, email: string, role: Role): SessionUser | undefined {
	const row = db
		.update(users)
		.set({ role })
		.where(eq(users.email, normalizeEmail(email)))
		.returning()
		.get();
	return row ? toSessionUser(row) : undefined;
}
