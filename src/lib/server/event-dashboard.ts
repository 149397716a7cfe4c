import {
	and,
	count,
	countDistinct,
	desc,
	eq,
	gte,
	isNotNull,
	lt,
	sql,
	sum,
	type SQL
} from 'drizzle-orm';
import { GRADE_BANDS, type GradeBand } from '../curriculum/types';
import { REGISTRANT_ROLES, type RegistrantRole } from '../registrations/registration';
import type { AppDatabase } from './db/client';
import { classes, eventRegistrations, students } from './db/schema';

const DAY_MS = 86_400_000;

/** Registrations made in [from, to) (UTC instants); either end open when absent. */
export interface DateRange {
	from?: Date;
	to?: Date;
}

/**
 * The organizer's figures for one event, each counting exactly one thing (see `DashboardFigures`).
 * Every query is plain SQL over indexed columns, portable to PostgreSQL.
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

function where(eventId: string, range: DateRange): SQL {
	return and(
		eq(eventRegistrations.eventId, eventId),
		range.from ? gte(eventRegistrations.createdAt, range.from) : undefined,
		range.to ? lt(eventRegistrations.createdAt, range.to) : undefined
	)!;
}

export function dashboardFigures(
	db: AppDatabase,
	eventId: string,
	range: DateRange = {}
): DashboardFigures {
	const filter = where(eventId, range);
	const totals = db
		.select({
			registrations: count(),
			countries: countDistinct(eventRegistrations.country),
			expectedStudents: sum(eventRegistrations.expectedStudents)
		})
		.from(eventRegistrations)
		.where(filter)
		.get()!;
	const withClass = db
		.select({ n: countDistinct(eventRegistrations.id) })
		.from(eventRegistrations)
		.innerJoin(classes, eq(classes.teacherId, eventRegistrations.userId))
		.where(filter)
		.get()!;
	const joined = db
		.select({ n: countDistinct(students.id) })
		.from(eventRegistrations)
		.innerJoin(classes, eq(classes.teacherId, eventRegistrations.userId))
		.innerJoin(students, eq(students.classId, classes.id))
		.where(and(filter, isNotNull(students.picturePassword)))
		.get()!;
	const byCountry = db
		.select({ country: eventRegistrations.country, count: count() })
		.from(eventRegistrations)
		.where(filter)
		.groupBy(eventRegistrations.country)
		.orderBy(desc(count()), eventRegistrations.country)
		.all();
	const roles = db
		.select({ role: eventRegistrations.role, count: count() })
		.from(eventRegistrations)
		.where(filter)
		.groupBy(eventRegistrations.role)
		.all();
	const bands = db
		.select(
			Object.fromEntries(
				GRADE_BANDS.map((band, k) => [
					`b${k}`,
					sql<number>`sum(case when ${eventRegistrations.gradeBands} like ${`%${band}%`} then 1 else 0 end)`
				])
			)
		)
		.from(eventRegistrations)
		.where(filter)
		.get() as Record<string, number | null>;
	// The divisor written in the SQL, so both SQLite and PostgreSQL divide integers (a bound
	// parameter arrives as a float in better-sqlite3).
	const dayExpr = sql<number>`(${eventRegistrations.createdAt} / ${sql.raw(String(DAY_MS))})`;
	const days = db
		.select({ day: dayExpr, count: count() })
		.from(eventRegistrations)
		.where(filter)
		.groupBy(dayExpr)
		.orderBy(dayExpr)
		.all();
	let total = 0;
	return {
		registrations: totals.registrations,
		countries: totals.countries,
		expectedStudents: Number(totals.expectedStudents ?? 0),
		registrantsWithClass: withClass.n,
		studentsJoined: joined.n,
		byCountry,
		byRole: Object.fromEntries(
			REGISTRANT_ROLES.map((role) => [role, roles.find((r) => r.role === role)?.count ?? 0])
		) as Record<RegistrantRole, number>,
		byBand: Object.fromEntries(
			GRADE_BANDS.map((band, k) => [band, Number(bands[`b${k}`] ?? 0)])
		) as Record<GradeBand, number>,
		overTime: days.map((row) => {
			total += row.count;
			return {
				day: new Date(Math.floor(Number(row.day)) * DAY_MS).toISOString().slice(0, 10),
				count: row.count,
				total
			};
		})
	};
}
