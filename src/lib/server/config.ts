/**
 * Server configuration, read from the environment. Every variable is documented in the README.
 * Kept free of `$env` so command-line scripts (tsx) and tests can import it too.
 */
function intFromEnv(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw.trim() === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value <= 0) {
		throw new Error(`${name} must be a positive integer, got "${raw}"`);
	}
	return value;
}

export const config = {
	get databaseUrl(): string {
		return process.env.DATABASE_URL?.trim() || 'data/app.db';
	},
	get migrationsDir(): string {
		return process.env.MIGRATIONS_DIR?.trim() || 'drizzle';
	},
	/** PostgreSQL's migrations (the same schema built for PostgreSQL). */
	get postgresMigrationsDir(): string {
		return process.env.POSTGRES_MIGRATIONS_DIR?.trim() || 'drizzle-pg';
	},
	/** Connections each app process keeps to PostgreSQL at most. */
	get postgresPoolSize(): number {
		return intFromEnv('PG_POOL_SIZE', 10);
	},
	get isProduction(): boolean {
		return process.env.NODE_ENV === 'production';
	},
	/** Demo content is seeded on an empty database, never in production unless SEED_DEMO=1. */
	get seedDemo(): boolean {
		const flag = process.env.SEED_DEMO?.trim();
		if (flag === '1' || flag === 'true') return true;
		if (flag === '0' || flag === 'false') return false;
		return !this.isProduction;
	},
	/** Event registrations one IP address may send per hour (a school's staff share one). */
	get registrationMaxPerIp(): number {
		return intFromEnv('REGISTRATION_MAX_PER_IP', 300);
	},
	/** Seconds a person needs at least to fill in the event form; sooner is taken for a bot. */
	get registrationMinSeconds(): number {
		const raw = process.env.REGISTRATION_MIN_SECONDS?.trim();
		return raw === '0' ? 0 : intFromEnv('REGISTRATION_MIN_SECONDS', 3);
	},
	/**
	 * Key that signs the public forms' time-to-submit tickets; set the same value on every app
	 * process behind one address. Unset: each process makes a random one at start.
	 */
	get formSecret(): string | null {
		return process.env.FORM_SECRET?.trim() || null;
	},
	get loginMaxFailuresPerAccount(): number {
		return intFromEnv('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5);
	},
	/** Failed log-ins for one account from browsers it has never logged in on, all IPs together. */
	get loginMaxFailuresPerAccountGlobal(): number {
		return intFromEnv('LOGIN_MAX_FAILURES_PER_ACCOUNT_GLOBAL', 50);
	},
	get loginMaxFailuresPerIp(): number {
		return intFromEnv('LOGIN_MAX_FAILURES_PER_IP', 100);
	},
	get loginWindowSeconds(): number {
		return intFromEnv('LOGIN_WINDOW_SECONDS', 15 * 60);
	},
	/** New student names one IP address may add per 10 minutes from tablets a class does not know. */
	get joinNewNamesPerIp(): number {
		return intFromEnv('JOIN_NEW_NAMES_PER_IP', 1000);
	},
	/** Sign-ups one IP address may start per hour (a school's staff room shares one). */
	get signupMaxPerIp(): number {
		return intFromEnv('SIGNUP_MAX_PER_IP', 20);
	},
	/**
	 * SMTP server for the app's mail, e.g. `smtps://user:pass@smtp.example.org:465`. Unset: mail
	 * stays in the in-app outbox (organizers read it at /organize/outbox) and the server console.
	 */
	get smtpUrl(): string | null {
		return process.env.SMTP_URL?.trim() || null;
	},
	/**
	 * The app's public address for links in mail that no request is behind (reminders, waitlist
	 * offers): ORIGIN when set, else this machine on PORT.
	 */
	get publicOrigin(): string {
		const origin = process.env.ORIGIN?.trim() || `http://localhost:${process.env.PORT ?? 3000}`;
		return origin.replace(/\/+$/, '');
	},
	get mailFrom(): string {
		return process.env.MAIL_FROM?.trim() || 'Day of AI Classroom <no-reply@localhost>';
	},
	/** A folder of Quick, Draw! files (`cow.ndjson`, `full_simplified_cow.ndjson` or `cow.json`). */
	get doodleDataDir(): string | null {
		return process.env.DOODLE_DATA_DIR?.trim() || null;
	},
	/**
	 * Where to stream Quick, Draw! files from when they are not in the folder, e.g. the dataset's
	 * public `https://storage.googleapis.com/quickdraw_dataset/full/simplified/`. Off unless set:
	 * the app makes no outside calls by default.
	 */
	get doodleDataUrl(): string | null {
		return process.env.DOODLE_DATA_URL?.trim() || null;
	},
	/**
	 * People's spot labels for the real cows: JSON lines `{"index": 0, "label": "spotted"}`, where
	 * `index` is the cow's position in the cow file (`plain` and `unsure` are the other labels).
	 */
	get doodleSpotLabels(): string | null {
		return process.env.DOODLE_SPOT_LABELS?.trim() || null;
	},
	/** A folder of Magenta sketch-rnn models (`pig.gen.json`, …). */
	get sketchRnnDir(): string | null {
		return process.env.SKETCH_RNN_DIR?.trim() || null;
	},
	/**
	 * Where to fetch sketch-rnn models from when they are not in the folder, e.g. Magenta's public
	 * `https://storage.googleapis.com/quickdraw-models/sketchRNN/models/`. Off unless set.
	 */
	get sketchRnnUrl(): string | null {
		return process.env.SKETCH_RNN_URL?.trim() || null;
	}
};
