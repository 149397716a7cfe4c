import { and, count, desc, eq, exists, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { GRADE_BANDS, type GradeBand } from '../curriculum/types';
import { REGISTRANT_ROLES, type RegistrantRole } from '../registrations/registration';
import type { AppDatabase } from './db/client';
import { classes, eventCounts, eventRegistrations, students } from './db/schema';
import { DAY_MS } from './event-counts';
import { first } from './db/query';

/**
 * Registrations made in [from, to): whole UTC days (the counters are kept per day), so `from` is
 * rounded down and `to` up to a day's start; either end open when absent.
 */
export interface DateRange {
	from?: Date;
	to?: Date;
}

/**
 * The organizer's figures for one event, each counting exactly one thing (see `DashboardFigures`).
 */
export interface DashboardFigures {
	/** Registrations (one per address). */
	registrations: number;
	/** Distinct countries among them. */
	countries: number;
	/** The sum of the students registrants expect to teach. */
	expectedStudents: number;
	/** Registrants linked to a teacher account that has at least one class. */
	registrantsWithClass: number;
	/** Students who joined (chose their pictures) a class of a linked registrant. */
	studentsJoined: number;
	byCountry: { country: string; count: number }[];
	byRole: Record<RegistrantRole, number>;
	/** A registrant teaching several bands counts once in each. */
	byBand: Record<GradeBand, number>;
	/** Registrations per UTC day with the running total, days with none left out. */
	overTime: { day: string; count: number; total: number }[];
}

/** What every query is asked for: one event, whole UTC days [fromDay, toDay). */
export interface Filter {
	eventId: string;
	fromDay?: number;
	toDay?: number;
}

export function dashboardFilter(eventId: string, range: DateRange = {}): Filter {
	return {
		eventId,
		fromDay: range.from ? Math.floor(range.from.getTime() / DAY_MS) : undefined,
		toDay: range.to ? Math.ceil(range.to.getTime() / DAY_MS) : undefined
	};
}

function counted(filter: Filter, dimension: 'country' | 'role' | 'band'): SQL {
	return and(
		eq(eventCounts.eventId, filter.eventId),
		eq(eventCounts.dimension, dimension),
		filter.fromDay !== undefined ? gte(eventCounts.day, filter.fromDay) : undefined,
		filter.toDay !== undefined ? lt(eventCounts.day, filter.toDay) : undefined
	)!;
}

/** The linked registrants' rows in the range (few: only those with a teacher account). */
function linked(filter: Filter): SQL {
	return and(
		eq(eventRegistrations.eventId, filter.eventId),
		isNotNull(eventRegistrations.userId),
		filter.fromDay !== undefined
			? gte(eventRegistrations.createdAt, new Date(filter.fromDay * DAY_MS))
			: undefined,
		filter.toDay !== undefined
			? lt(eventRegistrations.createdAt, new Date(filter.toDay * DAY_MS))
			: undefined
	)!;
}

const registrationsSum = sql<number>`sum(${eventCounts.registrations})`.mapWith(Number);

/**
 * Each query of the dashboard by name (the benchmark times them one by one). Counts, countries,
 * roles, bands and days are sums over the per-day counters (`event_counts`); the two figures about
 * classes join the few registrations linked to a teacher account. Plain SQL, portable to
 * PostgreSQL.
 */
export const DASHBOARD_QUERIES = {
	async totals(db: AppDatabase, filter: Filter) {
		const perCountry = db
			.select({
				registrations: registrationsSum.as('registrations'),
				students: sql<number>`sum(${eventCounts.expectedStudents})`.mapWith(Number).as('students')
			})
			.from(eventCounts)
			.where(counted(filter, 'country'))
			.groupBy(eventCounts.value)
			.having(sql`sum(${eventCounts.registrations}) > 0`)
			.as('per_country');
		const row = (await first(
			db
				.select({
					registrations: sql<number>`coalesce(sum(${perCountry.registrations}), 0)`.mapWith(Number),
					countries: count(),
					expectedStudents: sql<number>`coalesce(sum(${perCountry.students}), 0)`.mapWith(Number)
				})
				.from(perCountry)
		))!;
		return {
			registrations: Number(row.registrations),
			countries: row.countries,
			expectedStudents: Number(row.expectedStudents)
		};
	},
	async registrantsWithClass(db: AppDatabase, filter: Filter): Promise<number> {
		return (await first(
			db
				.select({ n: count() })
				.from(eventRegistrations)
				.where(
					and(
						linked(filter),
						exists(
							db
								.select({ one: sql`1` })
								.from(classes)
								.where(eq(classes.teacherId, eventRegistrations.userId))
						)
					)
				)
		))!.n;
	},
	/**
	 * Each student is in one class, each class has one teacher, and an account is linked to at
	 * most one registration per event (the one with its address): a plain count is exact.
	 */
	async studentsJoined(db: AppDatabase, filter: Filter): Promise<number> {
		return (await first(
			db
				.select({ n: count() })
				.from(eventRegistrations)
				.innerJoin(classes, eq(classes.teacherId, eventRegistrations.userId))
				.innerJoin(students, eq(students.classId, classes.id))
				.where(and(linked(filter), isNotNull(students.picturePassword)))
		))!.n;
	},
	async byCountry(db: AppDatabase, filter: Filter): Promise<{ country: string; count: number }[]> {
		return (
			await db
				.select({ country: eventCounts.value, count: registrationsSum })
				.from(eventCounts)
				.where(counted(filter, 'country'))
				.groupBy(eventCounts.value)
				.having(sql`sum(${eventCounts.registrations}) > 0`)
				.orderBy(desc(registrationsSum), eventCounts.value)
		).map((row) => ({ country: row.country, count: Number(row.count) }));
	},
	async byRole(db: AppDatabase, filter: Filter): Promise<Record<RegistrantRole, number>> {
		const rows = await db
			.select({ value: eventCounts.value, count: registrationsSum })
			.from(eventCounts)
			.where(counted(filter, 'role'))
			.groupBy(eventCounts.value);
		return Object.fromEntries(
			REGISTRANT_ROLES.map((role) => [role, Number(rows.find((r) => r.value === role)?.count ?? 0)])
		) as Record<RegistrantRole, number>;
	},
	async byBand(db: AppDatabase, filter: Filter): Promise<Record<GradeBand, number>> {
		const rows = await db
			.select({ value: eventCounts.value, count: registrationsSum })
			.from(eventCounts)
			.where(counted(filter, 'band'))
			.groupBy(eventCounts.value);
		return Object.fromEntries(
			GRADE_BANDS.map((band) => [band, Number(rows.find((r) => r.value === band)?.count ?? 0)])
		) as Record<GradeBand, number>;
	},
	async overTime(db: AppDatabase, filter: Filter) {
		const days = await db
			.select({ day: eventCounts.day, count: registrationsSum })
			.from(eventCounts)
			.where(counted(filter, 'country'))
			.groupBy(eventCounts.day)
			.having(sql`sum(${eventCounts.registrations}) > 0`)
			.orderBy(eventCounts.day);
		let total = 0;
		return days.map((row) => {
			total += Number(row.count);
			return {
				day: new Date(row.day * DAY_MS).toISOString().slice(0, 10),
				count: Number(row.count),
				total
			};
		});
	}
};

export async function dashboardFigures(
	db: AppDatabase,
	eventId: string,
	range: DateRange = {}
): Promise<DashboardFigures> {
	const filter = dashboardFilter(eventId, range);
	const q = DASHBOARD_QUERIES;
	return {
		...(await q.totals(db, filter)),
		registrantsWithClass: await q.registrantsWithClass(db, filter),
		studentsJoined: await q.studentsJoined(db, filter),
		byCountry: await q.byCountry(db, filter),
		byRole: await q.byRole(db, filter),
		byBand: await q.byBand(db, filter),
		overTime: await q.overTime(db, filter)
	};
}
