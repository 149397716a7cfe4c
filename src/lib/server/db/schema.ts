import { sql } from 'drizzle-orm';
import {
	blob,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

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
		/** IANA time zone the teacher reads times in (professional development); null until chosen. */
		timeZone: text('time_zone'),
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

export const GRADE_BAND_VALUES = ['3-5', '6-8', '9-12'] as const;

/** A teacher's class. Deleting it deletes its students and everything they made (cascade). */
export const classes = sqliteTable(
	'classes',
	{
		id: text('id').primaryKey(),
		teacherId: text('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		band: text('band', { enum: GRADE_BAND_VALUES }).notNull(),
		/** 6 characters a child can type; unique among all classes. */
		joinCode: text('join_code').notNull().unique(),
		archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(table) => [index('classes_teacher_idx').on(table.teacherId)]
);

/** A student in one class: a first name or nickname and an avatar, nothing else. */
export const students = sqliteTable(
	'students',
	{
		id: text('id').primaryKey(),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		displayName: text('display_name').notNull(),
		avatar: text('avatar'),
		/** Three picture ids joined by '-', chosen at first join; the teacher can reset it. */
		picturePassword: text('picture_password'),
		/** Set when the student taps "I need help"; cleared by them or by the teacher. */
		helpRequestedAt: integer('help_requested_at', { mode: 'timestamp_ms' }),
		/** Bytes of progress the student has stored (their storage budget counts against it). */
		storedBytes: integer('stored_bytes').notNull().default(0),
		createdAt: createdAt()
	},
	(table) => [index('students_class_idx').on(table.classId)]
);

/** Student sessions: their own cookie and table, separate from teacher sessions. */
export const studentSessions = sqliteTable(
	'student_sessions',
	{
		id: text('id').primaryKey(),
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(table) => [index('student_sessions_student_idx').on(table.studentId)]
);

export type Class = typeof classes.$inferSelect;
export type Student = typeof students.$inferSelect;

/** A module (one band's lessons) assigned to a class, with an optional due date. */
export const assignments = sqliteTable(
	'assignments',
	{
		id: text('id').primaryKey(),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		moduleSlug: text('module_slug').notNull(),
		band: text('band', { enum: GRADE_BAND_VALUES }).notNull(),
		dueAt: integer('due_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(table) => [
		uniqueIndex('assignments_class_module_idx').on(table.classId, table.moduleSlug, table.band)
	]
);

/**
 * Activity-contract events sent by students' tablets. The key is the client's idempotency key,
 * unique per student, so a retried or duplicated send is stored once.
 */
export const progressEvents = sqliteTable(
	'progress_events',
	{
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		context: text('context').notNull(),
		step: text('step'),
		type: text('type').notNull(),
		/** Artifacts only: their kind, so the gallery can find the latest of each without payloads. */
		artifactKind: text('artifact_kind'),
		/** Artifacts only: true for a reflection cleared by its student (left out of the gallery). */
		artifactEmpty: integer('artifact_empty', { mode: 'boolean' }).notNull().default(false),
		/** Size of the payload in bytes, counted in the student's storage budget. */
		bytes: integer('bytes').notNull().default(0),
		payload: text('payload', { mode: 'json' }).notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		receivedAt: createdAt(),
		/** Artifacts only: set when the teacher hides it from the class gallery. */
		hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' })
	},
	(table) => [
		primaryKey({ columns: [table.studentId, table.key] }),
		index('progress_events_context_idx').on(table.context)
	]
);

export type Assignment = typeof assignments.$inferSelect;

/**
 * Summaries kept by `recordEvents` in the same transaction as the events, so the live grid and a
 * student's home page read a few rows per student however long the school day has been.
 * Per student and lesson (context): when they started it and their latest quiz score.
 */
export const lessonProgress = sqliteTable(
	'lesson_progress',
	{
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		context: text('context').notNull(),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
		scoreCorrect: integer('score_correct'),
		scoreTotal: integer('score_total'),
		scoredAt: integer('scored_at', { mode: 'timestamp_ms' })
	},
	(table) => [primaryKey({ columns: [table.studentId, table.context] })]
);

/** Each lesson step a student has completed, once. */
export const stepCompletions = sqliteTable(
	'step_completions',
	{
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		context: text('context').notNull(),
		step: text('step').notNull(),
		completedAt: integer('completed_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [primaryKey({ columns: [table.studentId, table.context, table.step] })]
);

/** Drawings students add to their class's dataset in the spotted-cows lab. */
export const doodles = sqliteTable(
	'doodles',
	{
		id: text('id').primaryKey(),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		/** What the student drew: cow, horse, pig or sheep. */
		animal: text('animal').notNull(),
		/** For cows, what the student said: spotted, plain, or null for "not sure". */
		drawerLabel: text('drawer_label'),
		/** Quick, Draw!'s simplified format: [[x…], [y…]] per stroke, 0-255. */
		strokes: text('strokes', { mode: 'json' }).notNull(),
		/** Set when the teacher hides it from the class dataset. */
		hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(table) => [index('doodles_class_idx').on(table.classId)]
);

/** One classmate's vote on whether a cow drawing has spots (the labelling round). */
export const doodleLabels = sqliteTable(
	'doodle_labels',
	{
		doodleId: text('doodle_id')
			.notNull()
			.references(() => doodles.id, { onDelete: 'cascade' }),
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		/** spotted, plain or skip. */
		label: text('label').notNull(),
		createdAt: createdAt()
	},
	(table) => [primaryKey({ columns: [table.doodleId, table.studentId] })]
);

/** A classmate's vote on whether a real Quick, Draw! cow has spots, when the server has no labels. */
export const quickdrawLabels = sqliteTable(
	'quickdraw_labels',
	{
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		/** The cow's position in the server's cow file. */
		cowIndex: integer('cow_index').notNull(),
		studentId: text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		/** spotted, plain or skip. */
		label: text('label').notNull(),
		createdAt: createdAt()
	},
	(table) => [primaryKey({ columns: [table.classId, table.cowIndex, table.studentId] })]
);

/**
 * Tablets (a random cookie, only its SHA-256 kept) on which a student of the class has joined or
 * logged in. Guessing limits per class and per IP address do not apply to them, so a stranger
 * guessing from outside cannot lock the class's own tablets out.
 */
export const trustedDevices = sqliteTable(
	'trusted_devices',
	{
		deviceHash: text('device_hash').notNull(),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		trustedAt: integer('trusted_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [primaryKey({ columns: [table.deviceHash, table.classId] })]
);

/** Browsers a teacher has logged in on: a stranger's failures never lock the teacher out there. */
export const trustedLogins = sqliteTable(
	'trusted_logins',
	{
		deviceHash: text('device_hash').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		trustedAt: integer('trusted_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [primaryKey({ columns: [table.deviceHash, table.userId] })]
);

/**
 * A sign-up waiting for its address to be confirmed: the account is created only from the link
 * mailed to it, so the sign-up form says the same whether or not the address has an account.
 */
export const signupRequests = sqliteTable(
	'signup_requests',
	{
		/** SHA-256 of the token in the mailed link. */
		id: text('id').primaryKey(),
		email: text('email').notNull(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		country: text('country').notNull(),
		school: text('school').notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('signup_requests_email_idx').on(table.email),
		index('signup_requests_expires_idx').on(table.expiresAt)
	]
);

/** Every mail the app sends; without SMTP configured this is the in-app outbox organizers read. */
export const outbox = sqliteTable(
	'outbox',
	{
		id: text('id').primaryKey(),
		to: text('to_address').notNull(),
		subject: text('subject').notNull(),
		text: text('body').notNull(),
		/** Set when an SMTP server took it; null while it waits in the outbox. */
		sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
		error: text('error'),
		/** Tries to hand it to the SMTP server so far (see `mail.ts` for the retry schedule). */
		attempts: integer('attempts').notNull().default(0),
		createdAt: createdAt()
	},
	(table) => [index('outbox_created_idx').on(table.createdAt)]
);

/**
 * The picture GAN a student of the class trained and shared: the forger of "Real or fake?" for
 * the whole class (one per class; a new share replaces it). `weights` is the generator file
 * (`src/lib/gan/generator-file.ts`), checked at the door (`src/lib/gan/forger.ts`).
 */
export const classForgers = sqliteTable('class_forgers', {
	classId: text('class_id')
		.primaryKey()
		.references(() => classes.id, { onDelete: 'cascade' }),
	studentId: text('student_id')
		.notNull()
		.references(() => students.id, { onDelete: 'cascade' }),
	/** What it learned from: faces, cows (the lab's real ones) or drawings (the class's own cows). */
	data: text('data').notNull(),
	iterations: integer('iterations').notNull(),
	weights: blob('weights', { mode: 'buffer' }).notNull(),
	sharedAt: integer('shared_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * What each student of a class liked and disliked in the recommender's avatar shop: the data the
 * class's collaborative filter learns from. Item ids only (checked against the catalogue at the
 * door and on the way out); the student's profile (gender, age, tastes) stays on their device.
 */
export const recommenderLikes = sqliteTable(
	'recommender_likes',
	{
		studentId: text('student_id')
			.primaryKey()
			.references(() => students.id, { onDelete: 'cascade' }),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		/** JSON arrays of item ids. */
		likes: text('likes').notNull(),
		dislikes: text('dislikes').notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('recommender_likes_class_idx').on(table.classId)]
);

/**
 * One vote per student for the class's design to ship: the saved design (an artifact of kind
 * `recommender-design`) is named by its author and key.
 */
export const recommenderVotes = sqliteTable(
	'recommender_votes',
	{
		studentId: text('student_id')
			.primaryKey()
			.references(() => students.id, { onDelete: 'cascade' }),
		classId: text('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		designStudentId: text('design_student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		designKey: text('design_key').notNull(),
		votedAt: integer('voted_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('recommender_votes_class_idx').on(table.classId)]
);

/**
 * The yearly Day of AI as organizers set it up (issue 17): its public page's slug, the day, the
 * registration goal and the window registrations are open, in the event's time zone.
 */
export const events = sqliteTable('events', {
	id: text('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	/** The day itself, YYYY-MM-DD in `timeZone`. */
	day: text('day').notNull(),
	/** IANA time zone the dates are entered in. */
	timeZone: text('time_zone').notNull(),
	goal: integer('goal').notNull(),
	opensAt: integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
	closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
	createdAt: createdAt()
});

/**
 * An educator's registration for an event: one per address (`email_key`, see
 * `src/lib/registrations/registration.ts`), updated when they register again; linked to their
 * teacher account when they have or make one.
 */
export const eventRegistrations = sqliteTable(
	'event_registrations',
	{
		id: text('id').primaryKey(),
		eventId: text('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		emailKey: text('email_key').notNull(),
		name: text('name').notNull(),
		role: text('role').notNull(),
		organisation: text('organisation').notNull(),
		/** ISO 3166-1 alpha-2 code. */
		country: text('country').notNull(),
		region: text('region').notNull(),
		/** Grade bands joined by ";" (portable: no array type). */
		gradeBands: text('grade_bands').notNull(),
		expectedStudents: integer('expected_students').notNull(),
		language: text('language').notNull(),
		/** When they agreed to be contacted; null when they did not (the box starts unticked). */
		consentAt: integer('consent_at', { mode: 'timestamp_ms' }),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Hash of the newest mailed "delete my registration" link; null when none is out. */
		forgetTokenHash: text('forget_token_hash'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		uniqueIndex('event_registrations_forget_idx').on(table.forgetTokenHash),
		uniqueIndex('event_registrations_email_idx').on(table.eventId, table.emailKey),
		index('event_registrations_country_idx').on(table.eventId, table.country),
		index('event_registrations_created_idx').on(table.eventId, table.createdAt),
		index('event_registrations_user_idx').on(table.userId, table.eventId, table.createdAt)
	]
);

/**
 * The dashboard's counters: registrations (and expected students) of an event per UTC day and per
 * country, role or grade band, kept in the same transaction as every registration written, changed
 * or deleted (`src/lib/server/event-counts.ts`), so the dashboard sums a few thousand rows instead
 * of scanning a million. One registration counts once under `country` and `role`, and once per
 * band it teaches under `band`.
 */
export const eventCounts = sqliteTable(
	'event_counts',
	{
		eventId: text('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		dimension: text('dimension', { enum: ['country', 'role', 'band'] }).notNull(),
		/** Days since 1970-01-01 in UTC. */
		day: integer('day').notNull(),
		value: text('value').notNull(),
		registrations: integer('registrations').notNull(),
		expectedStudents: integer('expected_students').notNull()
	},
	(table) => [primaryKey({ columns: [table.eventId, table.dimension, table.day, table.value] })]
);
export type DayOfAiEvent = typeof events.$inferSelect;
export type EventRegistration = typeof eventRegistrations.$inferSelect;

export const TRAINING_STATUSES = ['scheduled', 'cancelled'] as const;
export const SEAT_STATUSES = [
	'registered',
	'waitlisted',
	'offered',
	'lapsed',
	'cancelled'
] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/**
 * A professional-development session (issue 18). Times are stored in UTC; `timeZone` is the zone
 * the organizer entered them in. `uid` is the calendar UID that never changes; `sequence` goes up
 * on every change of time or status, as RFC 5545 asks.
 */
export const trainingSessions = sqliteTable(
	'training_sessions',
	{
		id: text('id').primaryKey(),
		uid: text('uid').notNull().unique(),
		title: text('title').notNull(),
		description: text('description').notNull(),
		facilitator: text('facilitator').notNull(),
		startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
		endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
		timeZone: text('time_zone').notNull(),
		capacity: integer('capacity').notNull(),
		onlineUrl: text('online_url'),
		place: text('place'),
		/** An interface locale ("en", "es"). */
		language: text('language').notNull(),
		/** The grade band it focuses on; null for every band. */
		band: text('band', { enum: GRADE_BAND_VALUES }),
		/** Minutes a freed seat is offered to the first on the waitlist; 0 gives it to them at once. */
		claimMinutes: integer('claim_minutes').notNull().default(0),
		status: text('status', { enum: TRAINING_STATUSES }).notNull().default('scheduled'),
		sequence: integer('sequence').notNull().default(0),
		/** Six digits the facilitator shows; attendees type it to check in during the session. */
		checkInCode: text('check_in_code').notNull(),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('training_sessions_starts_idx').on(table.startsAt)]
);

/** A session's materials: a link, or a file kept in the database (at most 5 MB). */
export const trainingMaterials = sqliteTable(
	'training_materials',
	{
		id: text('id').primaryKey(),
		sessionId: text('session_id')
			.notNull()
			.references(() => trainingSessions.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		url: text('url'),
		fileName: text('file_name'),
		contentType: text('content_type'),
		content: blob('content', { mode: 'buffer' }),
		bytes: integer('bytes').notNull().default(0),
		createdAt: createdAt()
	},
	(table) => [index('training_materials_session_idx').on(table.sessionId)]
);

/**
 * A teacher's place in a session: registered, on the waitlist (in `queue` order), offered a freed
 * seat until `offerExpiresAt`, lapsed (the offer passed on) or cancelled. One row per teacher and
 * session, reused when they register again.
 */
export const trainingSeats = sqliteTable(
	'training_seats',
	{
		id: text('id').primaryKey(),
		sessionId: text('session_id')
			.notNull()
			.references(() => trainingSessions.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		status: text('status', { enum: SEAT_STATUSES }).notNull(),
		/** Order of arrival in the session: the waitlist is served lowest first. */
		queue: integer('queue').notNull(),
		offerExpiresAt: integer('offer_expires_at', { mode: 'timestamp_ms' }),
		/** When they last got a seat (registered at once, promoted or claimed an offer). */
		seatedAt: integer('seated_at', { mode: 'timestamp_ms' }),
		/** The interface language they registered in: their messages are written in it. */
		locale: text('locale').notNull(),
		attendedAt: integer('attended_at', { mode: 'timestamp_ms' }),
		attendanceBy: text('attendance_by', { enum: ['check-in', 'organizer'] }),
		/** Printed on the certificate; the public verification page looks it up. */
		certificateCode: text('certificate_code').unique(),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		uniqueIndex('training_seats_session_user_idx').on(table.sessionId, table.userId),
		index('training_seats_queue_idx').on(table.sessionId, table.status, table.queue),
		index('training_seats_user_idx').on(table.userId)
	]
);

/**
 * Each message a seat was sent, once: (seat, kind, version) is the key, written in the same
 * transaction as its outbox row, so a restart or a second run of a job never sends it twice. The
 * version is the session's `sequence` for news about the session (change, cancellation,
 * reminder) and the seat's `queue` for news about the seat (confirmation, waitlist, promotion).
 */
export const trainingNotices = sqliteTable(
	'training_notices',
	{
		seatId: text('seat_id')
			.notNull()
			.references(() => trainingSeats.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		version: integer('version').notNull(),
		createdAt: createdAt()
	},
	(table) => [primaryKey({ columns: [table.seatId, table.kind, table.version] })]
);
export type TrainingSession = typeof trainingSessions.$inferSelect;
export type TrainingSeat = typeof trainingSeats.$inferSelect;
export type TrainingMaterial = typeof trainingMaterials.$inferSelect;
