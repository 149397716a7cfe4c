/**
 * Which database the app runs on. `DATABASE_URL=postgres://…` (or `postgresql://…`) is a
 * PostgreSQL server; anything else is the path of an embedded SQLite file (the default).
 * Kept free of drivers so the schema, drizzle-kit's configs and start-up checks can all read it.
 */
export type Dialect = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'data/app.db';

export function dialectOf(url: string): Dialect {
	return /^postgres(ql)?:/i.test(url.trim()) ? 'postgres' : 'sqlite';
}

/**
 * The dialect this process runs on: `DB_DIALECT` when a tool sets it (drizzle-kit's PostgreSQL
 * config, tests of both dialects), else the one `DATABASE_URL` names.
 */
export function activeDialect(): Dialect {
	const forced = process.env.DB_DIALECT?.trim();
	if (forced === 'sqlite' || forced === 'postgres') return forced;
	return dialectOf(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL);
}

/** Thrown for a `DATABASE_URL` the app cannot use; its message says what to write instead. */
export class DatabaseUrlError extends Error {
	override name = 'DatabaseUrlError';
}

const SCHEMES = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * Checks `DATABASE_URL` before anything connects, so a mistyped value stops the server once with
 * a message instead of a crash loop. Returns what to open.
 */
export function parseDatabaseUrl(
	raw: string,
	name = 'DATABASE_URL'
): { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string } {
	const value = raw.trim();
	if (value === '') throw new DatabaseUrlError(`${name} is empty.`);
	const scheme = SCHEMES.exec(value)?.[1]?.toLowerCase();
	if (scheme === 'postgres' || scheme === 'postgresql') {
		let url: URL;
		try {
			url = new URL(value);
		} catch {
			throw new DatabaseUrlError(
				`${name} is not a valid PostgreSQL address. Write it as postgres://user:password@host:5432/database (special characters in the password percent-encoded).`
			);
		}
		if (!url.hostname && !url.searchParams.get('host'))
			throw new DatabaseUrlError(
				`${name} names no PostgreSQL host. Write it as postgres://user:password@host:5432/database.`
			);
		if (url.pathname.replace(/^\//, '') === '')
			throw new DatabaseUrlError(
				`${name} names no database. Write it as postgres://user:password@host:5432/database.`
			);
		if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536))
			throw new DatabaseUrlError(`${name} has a port out of range: ${url.port}.`);
		return { dialect: 'postgres', url: value };
	}
	if (scheme === 'file')
		return { dialect: 'sqlite', path: value.slice('file:'.length).replace(/^\/\/(?=\/)/, '') };
	if (scheme)
		throw new DatabaseUrlError(
			`${name} starts with "${scheme}://", which this app does not run on. Use postgres://user:password@host:5432/database for PostgreSQL, or a file path (data/app.db) for the embedded SQLite database.`
		);
	if (value.startsWith('file:')) return { dialect: 'sqlite', path: value.slice('file:'.length) };
	return { dialect: 'sqlite', path: value };
}
