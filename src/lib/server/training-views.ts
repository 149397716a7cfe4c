import { and, asc, desc, eq, gt, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { findModule } from '../curriculum';
import type { GradeBand } from '../curriculum/types';
import { sessionHours } from '../training/session-form';
import type { AppDatabase } from './db/client';
import {
	assignments,
	classes,
	stepCompletions,
	students,
	trainingMaterials,
	trainingSeats,
	trainingSessions,
	users,
	type SeatStatus,
	type TrainingSession
} from './db/schema';
import { ACTIVE } from './training';
import { first } from './db/query';

export interface SeatCounts {
	registered: number;
	offered: number;
	waitlisted: number;
	attended: number;
}

/** Seats per session and status, in one grouped query. */
export async function seatCounts(
	db: AppDatabase,
	sessionIds: string[]
): Promise<Map<string, SeatCounts>> {
	const counts = new Map<string, SeatCounts>();
	for (const id of sessionIds)
		counts.set(id, { registered: 0, offered: 0, waitlisted: 0, attended: 0 });
	if (!sessionIds.length) return counts;
	const rows = await db
		.select({
			sessionId: trainingSeats.sessionId,
			status: trainingSeats.status,
			count: sql<number>`count(*)`.mapWith(Number),
			attended:
				sql<number>`sum(case when ${trainingSeats.attendedAt} is not null then 1 else 0 end)`.mapWith(
					Number
				)
		})
		.from(trainingSeats)
		.where(inArray(trainingSeats.sessionId, sessionIds))
		.groupBy(trainingSeats.sessionId, trainingSeats.status);
	for (const row of rows) {
		const entry = counts.get(row.sessionId)!;
		if (row.status in entry) entry[row.status as keyof SeatCounts] += row.count;
		entry.attended += row.attended ?? 0;
	}
	return counts;
}

export interface SessionFilter {
	language?: string | null;
	band?: GradeBand | null;
}

/** Sessions not yet over and not cancelled, soonest first, for teachers to choose from. */
export async function upcomingSessions(
	db: AppDatabase,
	filter: SessionFilter = {},
	now = new Date()
): Promise<TrainingSession[]> {
	const conditions = [
		eq(trainingSessions.status, 'scheduled'),
		gt(trainingSessions.endsAt, now),
		filter.language ? eq(trainingSessions.language, filter.language) : undefined,
		filter.band
			? sql`(${trainingSessions.band} = ${filter.band} or ${trainingSessions.band} is null)`
			: undefined
	];
	return await db
		.select()
		.from(trainingSessions)
		.where(and(...conditions))
		.orderBy(asc(trainingSessions.startsAt))
		.limit(200);
}

/** Every session, newest start first, for organizers. */
export async function allSessions(db: AppDatabase): Promise<TrainingSession[]> {
	return await db
		.select()
		.from(trainingSessions)
		.orderBy(desc(trainingSessions.startsAt))
		.limit(500);
}

/** The sessions a teacher takes part in or attended, with their seat, soonest first. */
export async function teacherSeats(db: AppDatabase, userId: string) {
	return await db
		.select({ session: trainingSessions, seat: trainingSeats })
		.from(trainingSeats)
		.innerJoin(trainingSessions, eq(trainingSessions.id, trainingSeats.sessionId))
		.where(
			and(
				eq(trainingSeats.userId, userId),
				sql`(${inArray(trainingSeats.status, ACTIVE)} or ${trainingSeats.attendedAt} is not null)`
			)
		)
		.orderBy(asc(trainingSessions.startsAt));
}

export async function sessionMaterials(db: AppDatabase, sessionId: string) {
	return await db
		.select({
			id: trainingMaterials.id,
			title: trainingMaterials.title,
			url: trainingMaterials.url,
			fileName: trainingMaterials.fileName,
			bytes: trainingMaterials.bytes
		})
		.from(trainingMaterials)
		.where(eq(trainingMaterials.sessionId, sessionId))
		.orderBy(asc(trainingMaterials.createdAt));
}

export interface RosterRow {
	seatId: string;
	name: string;
	email: string;
	school: string;
	country: string;
	status: SeatStatus;
	queue: number;
	registeredAt: Date;
	attendedAt: Date | null;
	attendanceBy: 'check-in' | 'organizer' | null;
}

/** Everyone who registered for a session, in order of arrival: the roster, waitlist and attendance. */
export async function sessionRoster(db: AppDatabase, sessionId: string): Promise<RosterRow[]> {
	return await db
		.select({
			seatId: trainingSeats.id,
			name: users.name,
			email: users.email,
			school: users.school,
			country: users.country,
			status: trainingSeats.status,
			queue: trainingSeats.queue,
			registeredAt: trainingSeats.createdAt,
			attendedAt: trainingSeats.attendedAt,
			attendanceBy: trainingSeats.attendanceBy
		})
		.from(trainingSeats)
		.innerJoin(users, eq(users.id, trainingSeats.userId))
		.where(eq(trainingSeats.sessionId, sessionId))
		.orderBy(asc(trainingSeats.queue));
}

export const ROSTER_COLUMNS = [
	'name',
	'email',
	'school',
	'country',
	'status',
	'waitlist_position',
	'registered_at',
	'attended_at',
	'attendance_by'
] as const;

/** The roster as CSV rows (header first); cells are written safely by `toCsv`. */
export async function rosterRows(db: AppDatabase, sessionId: string): Promise<string[][]> {
	let position = 0;
	return [
		[...ROSTER_COLUMNS],
		...(await sessionRoster(db, sessionId)).map((row) => [
			row.name,
			row.email,
			row.school,
			row.country,
			row.status,
			row.status === 'waitlisted' ? String(++position) : '',
			row.registeredAt.toISOString(),
			row.attendedAt?.toISOString() ?? '',
			row.attendanceBy ?? ''
		])
	];
}

export interface TrainingTotals {
	sessions: number;
	registered: number;
	waitlisted: number;
	attended: number;
	teachersTrained: number;
	hours: number;
}

/** Totals across every session that was not cancelled. */
export async function trainingTotals(db: AppDatabase): Promise<TrainingTotals> {
	const sessions = await db
		.select()
		.from(trainingSessions)
		.where(eq(trainingSessions.status, 'scheduled'));
	const counts = await seatCounts(
		db,
		sessions.map((session) => session.id)
	);
	let hours = 0;
	const totals = { registered: 0, waitlisted: 0, attended: 0 };
	for (const session of sessions) {
		const count = counts.get(session.id)!;
		totals.registered += count.registered;
		totals.waitlisted += count.waitlisted;
		totals.attended += count.attended;
		hours += count.attended * sessionHours(session.startsAt, session.endsAt);
	}
	const trained = await first(
		db
			.select({ count: sql<number>`count(distinct ${trainingSeats.userId})`.mapWith(Number) })
			.from(trainingSeats)
			.innerJoin(trainingSessions, eq(trainingSessions.id, trainingSeats.sessionId))
			.where(and(isNotNull(trainingSeats.attendedAt), eq(trainingSessions.status, 'scheduled')))
	);
	return { sessions: sessions.length, ...totals, teachersTrained: trained?.count ?? 0, hours };
}

export interface TrainingFunnel {
	trained: number;
	createdClass: number;
	assignedModule: number;
	studentsCompleted: number;
}

/**
 * What trained teachers did next: of the teachers who attended a session, how many then (after
 * their first attended session began) created a class, assigned a module to one, and had a student
 * complete every step of a module they assigned then.
 */
export async function trainingFunnel(db: AppDatabase): Promise<TrainingFunnel> {
	const firstTraining = db
		.select({
			userId: trainingSeats.userId,
			trainedAt: sql<number>`min(${trainingSessions.startsAt})`.as('trained_at')
		})
		.from(trainingSeats)
		.innerJoin(trainingSessions, eq(trainingSessions.id, trainingSeats.sessionId))
		.where(and(isNotNull(trainingSeats.attendedAt), eq(trainingSessions.status, 'scheduled')))
		.groupBy(trainingSeats.userId)
		.as('first_training');
	const classRows = await db
		.select({ userId: firstTraining.userId })
		.from(firstTraining)
		.innerJoin(classes, eq(classes.teacherId, firstTraining.userId))
		.where(gte(classes.createdAt, firstTraining.trainedAt))
		.groupBy(firstTraining.userId);
	const assigned = await db
		.select({
			userId: firstTraining.userId,
			assignmentId: assignments.id,
			classId: assignments.classId,
			moduleSlug: assignments.moduleSlug,
			band: assignments.band
		})
		.from(firstTraining)
		.innerJoin(classes, eq(classes.teacherId, firstTraining.userId))
		.innerJoin(assignments, eq(assignments.classId, classes.id))
		.where(gte(assignments.createdAt, firstTraining.trainedAt));
	const trainedCount = await first(
		db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(firstTraining)
	);

	// Steps each student of those classes completed, per lesson context, counted in SQL.
	const classIds = [...new Set(assigned.map((row) => row.classId))];
	const done = new Map<string, Map<string, number>>();
	if (classIds.length) {
		const rows = await db
			.select({
				classId: students.classId,
				studentId: stepCompletions.studentId,
				context: stepCompletions.context,
				steps: sql<number>`count(*)`.mapWith(Number)
			})
			.from(stepCompletions)
			.innerJoin(students, eq(students.id, stepCompletions.studentId))
			.where(inArray(students.classId, classIds))
			.groupBy(students.classId, stepCompletions.studentId, stepCompletions.context);
		for (const row of rows) {
			const key = `${row.classId}|${row.studentId}`;
			const perContext = done.get(key) ?? new Map<string, number>();
			perContext.set(row.context, row.steps);
			done.set(key, perContext);
		}
	}
	const completedBy = new Set<string>();
	for (const row of assigned) {
		const lessons = findModule(row.moduleSlug)?.lessons[row.band] ?? [];
		if (!lessons.length) continue;
		for (const [key, perContext] of done) {
			if (!key.startsWith(`${row.classId}|`)) continue;
			const complete = lessons.every(
				(lesson) =>
					(perContext.get(`${row.moduleSlug}/${row.band}/${lesson.slug}`) ?? 0) >=
					lesson.steps.length
			);
			if (complete) {
				completedBy.add(row.userId);
				break;
			}
		}
	}
	return {
		trained: trainedCount?.count ?? 0,
		createdClass: classRows.length,
		assignedModule: new Set(assigned.map((row) => row.userId)).size,
		studentsCompleted: completedBy.size
	};
}
