import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { config } from './config';

/** The README's configuration table: variable name -> the default it states, as written. */
function readmeDefaults(): Map<string, string> {
	const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
	const rows = new Map<string, string>();
	for (const match of readme.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)) {
		rows.set(match[1]!, match[2]!.trim());
	}
	return rows;
}

/** Each variable that config.ts reads, with the value it gives when the variable is unset. */
const readers: Record<string, () => unknown> = {
	DATABASE_URL: () => config.databaseUrl,
	MIGRATIONS_DIR: () => config.migrationsDir,
	LOGIN_MAX_FAILURES_PER_ACCOUNT: () => config.loginMaxFailuresPerAccount,
	LOGIN_MAX_FAILURES_PER_ACCOUNT_GLOBAL: () => config.loginMaxFailuresPerAccountGlobal,
	LOGIN_MAX_FAILURES_PER_IP: () => config.loginMaxFailuresPerIp,
	LOGIN_WINDOW_SECONDS: () => config.loginWindowSeconds,
	SIGNUP_MAX_PER_IP: () => config.signupMaxPerIp,
	JOIN_NEW_NAMES_PER_IP: () => config.joinNewNamesPerIp,
	MAIL_FROM: () => config.mailFrom,
	REGISTRATION_MAX_PER_IP: () => config.registrationMaxPerIp,
	REGISTRATION_MIN_SECONDS: () => config.registrationMinSeconds,
	FORM_SECRET: () => config.formSecret,
	SMTP_URL: () => config.smtpUrl,
	DOODLE_DATA_DIR: () => config.doodleDataDir,
	DOODLE_SPOT_LABELS: () => config.doodleSpotLabels,
	SKETCH_RNN_DIR: () => config.sketchRnnDir,
	SKETCH_RNN_URL: () => config.sketchRnnUrl,
	DOODLE_DATA_URL: () => config.doodleDataUrl
};

describe('configuration defaults', () => {
	const saved: Record<string, string | undefined> = {};
	const names = [...Object.keys(readers), 'NODE_ENV', 'SEED_DEMO'];

	beforeEach(() => {
		for (const name of names) {
			saved[name] = process.env[name];
			delete process.env[name];
		}
	});
	afterEach(() => {
		for (const name of names) {
			if (saved[name] === undefined) delete process.env[name];
			else process.env[name] = saved[name];
		}
	});

	it('with the environment unset, every default is the one the README table states', () => {
		const table = readmeDefaults();
		for (const [name, read] of Object.entries(readers)) {
			const stated = table.get(name);
			expect(stated, `README row for ${name}`).toBeDefined();
			const value = read();
			if (stated === 'unset') expect(value, name).toBeNull();
			else expect(`\`${value}\``, name).toBe(stated);
		}
	});

	it('pins the figures the README quotes in prose', () => {
		// "5 per 15 minutes", "per IP address (100 …)", "per email from all addresses together (50 …)"
		expect(config.loginMaxFailuresPerAccount).toBe(5);
		expect(config.loginWindowSeconds).toBe(15 * 60);
		expect(config.loginMaxFailuresPerIp).toBe(100);
		expect(config.loginMaxFailuresPerAccountGlobal).toBe(50);
		// Guessing limits: "new names 40 per class and 1,000 per IP"
		expect(config.joinNewNamesPerIp).toBe(1000);
	});

	it('NODE_ENV unset is not production and seeds the demo; production turns seeding off', () => {
		expect(config.isProduction).toBe(false);
		expect(config.seedDemo).toBe(true);
		process.env.NODE_ENV = 'production';
		expect(config.isProduction).toBe(true);
		expect(config.seedDemo).toBe(false);
		process.env.SEED_DEMO = '1';
		expect(config.seedDemo).toBe(true);
		process.env.NODE_ENV = '';
		process.env.SEED_DEMO = '0';
		expect(config.seedDemo).toBe(false);
	});

	it('a variable that is set wins over the default', () => {
		process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = '7';
		expect(config.loginMaxFailuresPerAccount).toBe(7);
		process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = 'seven';
		expect(() => config.loginMaxFailuresPerAccount).toThrow(/positive integer/);
	});
});
