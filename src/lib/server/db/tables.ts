/**
 * Every table, written once for both databases with the builders of `columns.ts`; `schema.ts`
 * exports the tables of the dialect this process runs on.
 */
import { sql } from 'drizzle-orm';
import type { SchemaBuilders } from './columns';

export const ROLES = ['teacher', 'organizer'] as const;

export const GRADE_BAND_VALUES = ['3-5', '6-8', '9-12'] as const;

export const TRAINING_STATUSES = ['scheduled', 'cancelled'] as const;

export const SEAT_STATUSES = [
	'registered',
	'waitlisted',
	'offered',
	'lapsed',
	'cancelled'
] as const;

export function defineTables(b: SchemaBuilders) {
	const createdAt = () =>
		b.integer('created_at', { mode: 'timestamp_ms' }).notNull().default(b.now());

	const users = b.table(
		'users',
		{
			id: b.text('id').primaryKey(),
			/** Normalised (trimmed, NFC, lower-case); unique. */
			email: b.text('email').notNull().unique(),
			name: b.text('name').notNull(),
			passwordHash: b.text('password_hash').notNull(),
			role: b.text('role', { enum: ROLES }).notNull().default('teacher'),
			/** ISO 3166-1 alpha-2 code. */
			country: b.text('country').notNull(),
			school: b.text('school').notNull(),
			/** IANA time zone the teacher reads times in (professional development); null until chosen. */
			timeZone: b.text('time_zone'),
			createdAt: createdAt()
		},
		(table) => [
			b.index('users_country_idx').on(table.country),
			b.index('users_role_idx').on(table.role)
		]
	);

	const sessions = b.table(
		'sessions',
		{
			/** SHA-256 of the session token, hex encoded. The token itself is never stored. */
			id: b.text('id').primaryKey(),
			userId: b
				.text('user_id')
				.notNull()
				.references(() => users.id, { onDelete: 'cascade' }),
			expiresAt: b.integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
			createdAt: createdAt()
		},
		(table) => [
			b.index('sessions_user_idx').on(table.userId),
			b.index('sessions_expires_idx').on(table.expiresAt)
		]
	);

	/** Fixed-window failure counters used by rate limiting (log-in now, class joins later). */
	const rateLimits = b.table('rate_limits', {
		key: b.text('key').primaryKey(),
		count: b.integer('count').notNull(),
		windowStartsAt: b.integer('window_starts_at', { mode: 'timestamp_ms' }).notNull()
	});

	/** A teacher's class. Deleting it deletes its students and everything they made (cascade). */
	const classes = b.table(
		'classes',
		{
			id: b.text('id').primaryKey(),
			teacherId: b
				.text('teacher_id')
				.notNull()
				.references(() => users.id, { onDelete: 'cascade' }),
			name: b.text('name').notNull(),
			band: b.text('band', { enum: GRADE_BAND_VALUES }).notNull(),
			/** 6 characters a child can type; unique among all classes. */
			joinCode: b.text('join_code').notNull().unique(),
			archivedAt: b.integer('archived_at', { mode: 'timestamp_ms' }),
			createdAt: createdAt()
		},
		(table) => [b.index('classes_teacher_idx').on(table.teacherId)]
	);

	/** A student in one class: a first name or nickname and an avatar, nothing else. */
	const students = b.table(
		'students',
		{
			id: b.text('id').primaryKey(),
			classId: b
				.text('class_id')
				.notNull()
				.references(() => classes.id, { onDelete: 'cascade' }),
			displayName: b.text('display_name').notNull(),
			avatar: b.text('avatar'),
			/** Three picture ids joined by '-', chosen at first join; the teacher can reset it. */
			picturePassword: b.text('picture_password'),
			/** Set when the student taps "I need help"; cleared by them or by the teacher. */
			helpRequestedAt: b.integer('help_requested_at', { mode: 'timestamp_ms' }),
			/** Bytes of progress the student has stored (their storage budget counts against it). */
			storedBytes: b.integer('stored_bytes').notNull().default(0),
			createdAt: createdAt()
		},
		(table) => [
			b.index('students_class_idx').on(table.classId),
			// The organizers' "students who joined" reads only this, not every student row.
			b
				.index('students_joined_idx')
				.on(table.classId)
				.where(sql`picture_password is not null`)
		]
	);

	/** Student sessions: their own cookie and table, separate from teacher sessions. */
	const studentSessions = b.table(
		'student_sessions',
		{
			id: b.text('id').primaryKey(),
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			expiresAt: b.integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
			createdAt: createdAt()
		},
		(table) => [b.index('student_sessions_student_idx').on(table.studentId)]
	);

	/** A module (one band's lessons) assigned to a class, with an optional due date. */
	const assignments = b.table(
		'assignments',
		{
			id: b.text('id').primaryKey(),
			classId: b
				.text('class_id')
				.notNull()
				.references(() => classes.id, { onDelete: 'cascade' }),
			moduleSlug: b.text('module_slug').notNull(),
			band: b.text('band', { enum: GRADE_BAND_VALUES }).notNull(),
			dueAt: b.integer('due_at', { mode: 'timestamp_ms' }),
			createdAt: createdAt()
		},
		(table) => [
			b.uniqueIndex('assignments_class_module_idx').on(table.classId, table.moduleSlug, table.band)
		]
	);

	/**
	 * Activity-contract events sent by students' tablets. The key is the client's idempotency key,
	 * unique per student, so a retried or duplicated send is stored once.
	 */
	const progressEvents = b.table(
		'progress_events',
		{
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			key: b.text('key').notNull(),
			context: b.text('context').notNull(),
			step: b.text('step'),
			type: b.text('type').notNull(),
			/** Artifacts only: their kind, so the gallery can find the latest of each without payloads. */
			artifactKind: b.text('artifact_kind'),
			/** Artifacts only: true for a reflection cleared by its student (left out of the gallery). */
			artifactEmpty: b.integer('artifact_empty', { mode: 'boolean' }).notNull().default(false),
			/** Size of the payload in bytes, counted in the student's storage budget. */
			bytes: b.integer('bytes').notNull().default(0),
			payload: b.text('payload', { mode: 'json' }).notNull(),
			at: b.integer('at', { mode: 'timestamp_ms' }).notNull(),
			receivedAt: createdAt(),
			/** Artifacts only: set when the teacher hides it from the class gallery. */
			hiddenAt: b.integer('hidden_at', { mode: 'timestamp_ms' })
		},
		(table) => [
			b.primaryKey({ columns: [table.studentId, table.key] }),
			b.index('progress_events_context_idx').on(table.context)
		]
	);

	/**
	 * Summaries kept by `recordEvents` in the same transaction as the events, so the live grid and a
	 * student's home page read a few rows per student however long the school day has been.
	 * Per student and lesson (context): when they started it and their latest quiz score.
	 */
	const lessonProgress = b.table(
		'lesson_progress',
		{
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			context: b.text('context').notNull(),
			startedAt: b.integer('started_at', { mode: 'timestamp_ms' }).notNull(),
			scoreCorrect: b.integer('score_correct'),
			scoreTotal: b.integer('score_total'),
			scoredAt: b.integer('scored_at', { mode: 'timestamp_ms' })
		},
		(table) => [b.primaryKey({ columns: [table.studentId, table.context] })]
	);

	/** Each lesson step a student has completed, once. */
	const stepCompletions = b.table(
		'step_completions',
		{
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			context: b.text('context').notNull(),
			step: b.text('step').notNull(),
			completedAt: b.integer('completed_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.primaryKey({ columns: [table.studentId, table.context, table.step] })]
	);

	/**
	 * Each lesson step a student has opened or worked on (any event with that step), once, with
	 * the time of the first: the grid's "seen" cells.
	 */
	const stepVisits = b.table(
		'step_visits',
		{
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			context: b.text('context').notNull(),
			step: b.text('step').notNull(),
			firstAt: b.integer('first_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.primaryKey({ columns: [table.studentId, table.context, table.step] })]
	);

	/** Drawings students add to their class's dataset in the spotted-cows lab. */
	const doodles = b.table(
		'doodles',
		{
			id: b.text('id').primaryKey(),
			classId: b
				.text('class_id')
				.notNull()
				.references(() => classes.id, { onDelete: 'cascade' }),
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			/** What the student drew: cow, horse, pig or sheep. */
			animal: b.text('animal').notNull(),
			/** For cows, what the student said: spotted, plain, or null for "not sure". */
			drawerLabel: b.text('drawer_label'),
			/** Quick, Draw!'s simplified format: [[x…], [y…]] per stroke, 0-255. */
			strokes: b.text('strokes', { mode: 'json' }).notNull(),
			/** Set when the teacher hides it from the class dataset. */
			hiddenAt: b.integer('hidden_at', { mode: 'timestamp_ms' }),
			createdAt: createdAt()
		},
		(table) => [b.index('doodles_class_idx').on(table.classId)]
	);

	/** One classmate's vote on whether a cow drawing has spots (the labelling round). */
	const doodleLabels = b.table(
		'doodle_labels',
		{
			doodleId: b
				.text('doodle_id')
				.notNull()
				.references(() => doodles.id, { onDelete: 'cascade' }),
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			/** spotted, plain or skip. */
			label: b.text('label').notNull(),
			createdAt: createdAt()
		},
		(table) => [b.primaryKey({ columns: [table.doodleId, table.studentId] })]
	);

	/** A classmate's vote on whether a real Quick, Draw! cow has spots, when the server has no labels. */
	const quickdrawLabels = b.table(
		'quickdraw_labels',
		{
			classId: b
				.text('class_id')
				.notNull()
				.references(() => classes.id, { onDelete: 'cascade' }),
			/** The cow's position in the server's cow file. */
			cowIndex: b.integer('cow_index').notNull(),
			studentId: b
				.text('student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			/** spotted, plain or skip. */
			label: b.text('label').notNull(),
			createdAt: createdAt()
		},
		(table) => [b.primaryKey({ columns: [table.classId, table.cowIndex, table.studentId] })]
	);

	/**
	 * Tablets (a random cookie, only its SHA-256 kept) on which a student of the class has joined or
	 * logged in. Guessing limits per class and per IP address do not apply to them, so a stranger
	 * guessing from outside cannot lock the class's own tablets out.
	 */
	const trustedDevices = b.table(
		'trusted_devices',
		{
			deviceHash: b.text('device_hash').notNull(),
			classId: b
				.text('class_id')
				.notNull()
				.references(() => classes.id, { onDelete: 'cascade' }),
			trustedAt: b.integer('trusted_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.primaryKey({ columns: [table.deviceHash, table.classId] })]
	);

	/** Browsers a teacher has logged in on: a stranger's failures never lock the teacher out there. */
	const trustedLogins = b.table(
		'trusted_logins',
		{
			deviceHash: b.text('device_hash').notNull(),
			userId: b
				.text('user_id')
				.notNull()
				.references(() => users.id, { onDelete: 'cascade' }),
			trustedAt: b.integer('trusted_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.primaryKey({ columns: [table.deviceHash, table.userId] })]
	);

	/**
	 * A sign-up waiting for its address to be confirmed: the account is created only from the link
	 * mailed to it, so the sign-up form says the same whether or not the address has an account.
	 */
	const signupRequests = b.table(
		'signup_requests',
		{
			/** SHA-256 of the token in the mailed link. */
			id: b.text('id').primaryKey(),
			email: b.text('email').notNull(),
			name: b.text('name').notNull(),
			passwordHash: b.text('password_hash').notNull(),
			country: b.text('country').notNull(),
			school: b.text('school').notNull(),
			expiresAt: b.integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
			createdAt: createdAt()
		},
		(table) => [
			b.index('signup_requests_email_idx').on(table.email),
			b.index('signup_requests_expires_idx').on(table.expiresAt)
		]
	);

	/** Every mail the app sends; without SMTP configured this is the in-app outbox organizers read. */
	const outbox = b.table(
		'outbox',
		{
			id: b.text('id').primaryKey(),
			to: b.text('to_address').notNull(),
			subject: b.text('subject').notNull(),
			text: b.text('body').notNull(),
			/** Set when an SMTP server took it; null while it waits in the outbox. */
			sentAt: b.integer('sent_at', { mode: 'timestamp_ms' }),
			error: b.text('error'),
			/** Tries to hand it to the SMTP server so far (see `mail.ts` for the retry schedule). */
			attempts: b.integer('attempts').notNull().default(0),
			/** The app process delivering it, until `claimedUntil`: no other process tries it meanwhile. */
			claimedBy: b.text('claimed_by'),
			claimedUntil: b.integer('claimed_until', { mode: 'timestamp_ms' }),
			createdAt: createdAt()
		},
		(table) => [b.index('outbox_created_idx').on(table.createdAt)]
	);

	/**
	 * The picture GAN a student of the class trained and shared: the forger of "Real or fake?" for
	 * the whole class (one per class; a new share replaces it). `weights` is the generator file
	 * (`src/lib/gan/generator-file.ts`), checked at the door (`src/lib/gan/forger.ts`).
	 */
	const classForgers = b.table('class_forgers', {
		classId: b
			.text('class_id')
			.primaryKey()
			.references(() => classes.id, { onDelete: 'cascade' }),
		studentId: b
			.text('student_id')
			.notNull()
			.references(() => students.id, { onDelete: 'cascade' }),
		/** What it learned from: faces, cows (the lab's real ones) or drawings (the class's own cows). */
		data: b.text('data').notNull(),
		iterations: b.integer('iterations').notNull(),
		weights: b.blob('weights', { mode: 'buffer' }).notNull(),
		sharedAt: b.integer('shared_at', { mode: 'timestamp_ms' }).notNull()
	});

	/**
	 * What each student of a class liked and disliked in the recommender's avatar shop: the data the
	 * class's collaborative filter learns from. Item ids only (checked against the catalogue at the
	 * door and on the way out); the student's profile (gender, age, tastes) stays on their device.
	 */
	const recommenderLikes = b.table(
		'recommender_likes',
		{
			studentId: b
				.text('student_id')
				.primaryKey()
				.references(() => students.id, { onDelete: 'cascade' }),
			classId: b
				.text('class_id')
				.notNull()
				.references(() => classes.id, { onDelete: 'cascade' }),
			/** JSON arrays of item ids. */
			likes: b.text('likes').notNull(),
			dislikes: b.text('dislikes').notNull(),
			updatedAt: b.integer('updated_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.index('recommender_likes_class_idx').on(table.classId)]
	);

	/**
	 * One vote per student for the class's design to ship: the saved design (an artifact of kind
	 * `recommender-design`) is named by its author and key.
	 */
	const recommenderVotes = b.table(
		'recommender_votes',
		{
			studentId: b
				.text('student_id')
				.primaryKey()
				.references(() => students.id, { onDelete: 'cascade' }),
			classId: b
				.text('class_id')
				.notNull()
				.references(() => classes.id, { onDelete: 'cascade' }),
			designStudentId: b
				.text('design_student_id')
				.notNull()
				.references(() => students.id, { onDelete: 'cascade' }),
			designKey: b.text('design_key').notNull(),
			votedAt: b.integer('voted_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.index('recommender_votes_class_idx').on(table.classId)]
	);

	/**
	 * The yearly Day of AI as organizers set it up (issue 17): its public page's slug, the day, the
	 * registration goal and the window registrations are open, in the event's time zone.
	 */
	const events = b.table('events', {
		id: b.text('id').primaryKey(),
		slug: b.text('slug').notNull().unique(),
		name: b.text('name').notNull(),
		/** The day itself, YYYY-MM-DD in `timeZone`. */
		day: b.text('day').notNull(),
		/** IANA time zone the dates are entered in. */
		timeZone: b.text('time_zone').notNull(),
		goal: b.integer('goal').notNull(),
		opensAt: b.integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
		closesAt: b.integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	});

	/**
	 * An educator's registration for an event: one per address (`email_key`, see
	 * `src/lib/registrations/registration.ts`), updated when they register again; linked to their
	 * teacher account when they have or make one.
	 */
	const eventRegistrations = b.table(
		'event_registrations',
		{
			id: b.text('id').primaryKey(),
			eventId: b
				.text('event_id')
				.notNull()
				.references(() => events.id, { onDelete: 'cascade' }),
			emailKey: b.text('email_key').notNull(),
			name: b.text('name').notNull(),
			role: b.text('role').notNull(),
			organisation: b.text('organisation').notNull(),
			/** ISO 3166-1 alpha-2 code. */
			country: b.text('country').notNull(),
			region: b.text('region').notNull(),
			/** Grade bands joined by ";" (portable: no array type). */
			gradeBands: b.text('grade_bands').notNull(),
			expectedStudents: b.integer('expected_students').notNull(),
			language: b.text('language').notNull(),
			/** When they agreed to be contacted; null when they did not (the box starts unticked). */
			consentAt: b.integer('consent_at', { mode: 'timestamp_ms' }),
			userId: b.text('user_id').references(() => users.id, { onDelete: 'set null' }),
			/** Hash of the newest mailed "delete my registration" link; null when none is out. */
			forgetTokenHash: b.text('forget_token_hash'),
			createdAt: b.integer('created_at', { mode: 'timestamp_ms' }).notNull(),
			updatedAt: b.integer('updated_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [
			b.uniqueIndex('event_registrations_forget_idx').on(table.forgetTokenHash),
			b.uniqueIndex('event_registrations_email_idx').on(table.eventId, table.emailKey),
			b.index('event_registrations_country_idx').on(table.eventId, table.country),
			b.index('event_registrations_created_idx').on(table.eventId, table.createdAt),
			b.index('event_registrations_user_idx').on(table.userId, table.eventId, table.createdAt)
		]
	);

	/**
	 * The dashboard's counters: registrations (and expected students) of an event per UTC day and per
	 * country, role or grade band, kept in the same transaction as every registration written, changed
	 * or deleted (`src/lib/server/event-counts.ts`), so the dashboard sums a few thousand rows instead
	 * of scanning a million. One registration counts once under `country` and `role`, and once per
	 * band it teaches under `band`.
	 */
	const eventCounts = b.table(
		'event_counts',
		{
			eventId: b
				.text('event_id')
				.notNull()
				.references(() => events.id, { onDelete: 'cascade' }),
			dimension: b.text('dimension', { enum: ['country', 'role', 'band'] }).notNull(),
			/** Days since 1970-01-01 in UTC. */
			day: b.integer('day').notNull(),
			value: b.text('value').notNull(),
			registrations: b.integer('registrations').notNull(),
			expectedStudents: b.integer('expected_students').notNull()
		},
		(table) => [b.primaryKey({ columns: [table.eventId, table.dimension, table.day, table.value] })]
	);

	/**
	 * A professional-development session (issue 18). Times are stored in UTC; `timeZone` is the zone
	 * the organizer entered them in. `uid` is the calendar UID that never changes; `sequence` goes up
	 * on every change of time or status, as RFC 5545 asks.
	 */
	const trainingSessions = b.table(
		'training_sessions',
		{
			id: b.text('id').primaryKey(),
			uid: b.text('uid').notNull().unique(),
			title: b.text('title').notNull(),
			description: b.text('description').notNull(),
			facilitator: b.text('facilitator').notNull(),
			startsAt: b.integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
			endsAt: b.integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
			timeZone: b.text('time_zone').notNull(),
			capacity: b.integer('capacity').notNull(),
			onlineUrl: b.text('online_url'),
			place: b.text('place'),
			/** An interface locale ("en", "es"). */
			language: b.text('language').notNull(),
			/** The grade band it focuses on; null for every band. */
			band: b.text('band', { enum: GRADE_BAND_VALUES }),
			/** Minutes a freed seat is offered to the first on the waitlist; 0 gives it to them at once. */
			claimMinutes: b.integer('claim_minutes').notNull().default(0),
			status: b.text('status', { enum: TRAINING_STATUSES }).notNull().default('scheduled'),
			sequence: b.integer('sequence').notNull().default(0),
			/** Six digits the facilitator shows; attendees type it to check in during the session. */
			checkInCode: b.text('check_in_code').notNull(),
			createdAt: createdAt(),
			updatedAt: b.integer('updated_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.index('training_sessions_starts_idx').on(table.startsAt)]
	);

	/** A session's materials: a link, or a file kept in the database (at most 5 MB). */
	const trainingMaterials = b.table(
		'training_materials',
		{
			id: b.text('id').primaryKey(),
			sessionId: b
				.text('session_id')
				.notNull()
				.references(() => trainingSessions.id, { onDelete: 'cascade' }),
			title: b.text('title').notNull(),
			url: b.text('url'),
			fileName: b.text('file_name'),
			contentType: b.text('content_type'),
			content: b.blob('content', { mode: 'buffer' }),
			bytes: b.integer('bytes').notNull().default(0),
			createdAt: createdAt()
		},
		(table) => [b.index('training_materials_session_idx').on(table.sessionId)]
	);

	/**
	 * A teacher's place in a session: registered, on the waitlist (in `queue` order), offered a freed
	 * seat until `offerExpiresAt`, lapsed (the offer passed on) or cancelled. One row per teacher and
	 * session, reused when they register again.
	 */
	const trainingSeats = b.table(
		'training_seats',
		{
			id: b.text('id').primaryKey(),
			sessionId: b
				.text('session_id')
				.notNull()
				.references(() => trainingSessions.id, { onDelete: 'cascade' }),
			userId: b
				.text('user_id')
				.notNull()
				.references(() => users.id, { onDelete: 'cascade' }),
			status: b.text('status', { enum: SEAT_STATUSES }).notNull(),
			/** Order of arrival in the session: the waitlist is served lowest first. */
			queue: b.integer('queue').notNull(),
			offerExpiresAt: b.integer('offer_expires_at', { mode: 'timestamp_ms' }),
			/** When they last got a seat (registered at once, promoted or claimed an offer). */
			seatedAt: b.integer('seated_at', { mode: 'timestamp_ms' }),
			/** The interface language they registered in: their messages are written in it. */
			locale: b.text('locale').notNull(),
			attendedAt: b.integer('attended_at', { mode: 'timestamp_ms' }),
			attendanceBy: b.text('attendance_by', { enum: ['check-in', 'organizer'] }),
			/** Printed on the certificate; the public verification page looks it up. */
			certificateCode: b.text('certificate_code').unique(),
			createdAt: createdAt(),
			updatedAt: b.integer('updated_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [
			b.uniqueIndex('training_seats_session_user_idx').on(table.sessionId, table.userId),
			b.index('training_seats_queue_idx').on(table.sessionId, table.status, table.queue),
			b.index('training_seats_user_idx').on(table.userId)
		]
	);

	/**
	 * Each message a seat was sent, once: (seat, kind, version) is the key, written in the same
	 * transaction as its outbox row, so a restart or a second run of a job never sends it twice. The
	 * version is the session's `sequence` for news about the session (change, cancellation,
	 * reminder) and the seat's `queue` for news about the seat (confirmation, waitlist, promotion).
	 */
	const trainingNotices = b.table(
		'training_notices',
		{
			seatId: b
				.text('seat_id')
				.notNull()
				.references(() => trainingSeats.id, { onDelete: 'cascade' }),
			kind: b.text('kind').notNull(),
			version: b.integer('version').notNull(),
			createdAt: createdAt()
		},
		(table) => [b.primaryKey({ columns: [table.seatId, table.kind, table.version] })]
	);

	/**
	 * Scheduled jobs (reminders, clean-up) claimed per period: with several app processes, the
	 * first to insert (job, slot) runs it and the others skip it, so each run happens once.
	 */
	const jobRuns = b.table(
		'job_runs',
		{
			job: b.text('job').notNull(),
			/** The period: milliseconds since 1970 divided by the job's interval. */
			slot: b.integer('slot').notNull(),
			startedAt: b.integer('started_at', { mode: 'timestamp_ms' }).notNull()
		},
		(table) => [b.primaryKey({ columns: [table.job, table.slot] })]
	);

	return {
		jobRuns,
		users,
		sessions,
		rateLimits,
		classes,
		students,
		studentSessions,
		assignments,
		progressEvents,
		lessonProgress,
		stepCompletions,
		stepVisits,
		doodles,
		doodleLabels,
		quickdrawLabels,
		trustedDevices,
		trustedLogins,
		signupRequests,
		outbox,
		classForgers,
		recommenderLikes,
		recommenderVotes,
		events,
		eventRegistrations,
		eventCounts,
		trainingSessions,
		trainingMaterials,
		trainingSeats,
		trainingNotices
	};
}
