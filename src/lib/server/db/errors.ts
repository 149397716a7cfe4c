/** True when SQLite refused a write because a unique index already holds the value. */
export function isUniqueViolation(error: unknown): boolean {
	return (
		error instanceof Error &&
		'code' in error &&
		(error as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
	);
}
