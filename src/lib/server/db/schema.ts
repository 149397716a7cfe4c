import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ROLES = ['teacher', 'organizer'] as const;
export type Role = (typeof ROLES)[number];

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const users = sqliteTable(
	'users',
	{
		id: text('id').primaryKey(),
		/** Normalised (trimmed, NFC, lower-case); unique. */
		email: text('email').notNull().unique(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: text('role', { enum: ROLES }).notNull().default('teacher'),
		/** ISO 3166-1 alpha-2 code. */
		country: text('country').notNull(),
		school: text('school').notNull(),
		createdAt: createdAt()
	},
	(table) => [index('users_country_idx').on(table.country), index('users_role_idx').on(table.role)]
);

export const sessions = sqliteTable(
	'sessions',
	{
		/** SHA-256 of the session token, hex encoded. The token itself is never stored. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('sessions_user_idx').on(table.userId),
		index('sessions_expires_idx').on(table.expiresAt)
	]
);

/** Fixed-window failure counters used by rate limiting (log-in now, class joins later). */
export const rateLimits = sqliteTable('rate_limits', {
	key: text('key').primaryKey(),
	count: integer('count').notNull(),
	windowStartsAt: integer('window_starts_at', { mode: 'timestamp_ms' }).notNull()
});

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
