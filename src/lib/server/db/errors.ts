/**
 * True when the database refused a write because a unique index already holds the value: SQLite's
 * `SQLITE_CONSTRAINT_UNIQUE`, PostgreSQL's `23505`. Drizzle wraps driver errors, so the causes are
 * looked through too.
 */
export function isUniqueViolation(error: unknown): boolean {
	for (let cause = error, depth = 0; cause && depth < 5; depth++) {
		const code = (cause as { code?: unknown }).code;
		if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505') return true;
		cause = (cause as { cause?: unknown }).cause;
	}
	return false;
}
