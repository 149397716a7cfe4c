import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { activityEventSchema } from '../validation/progress';
import { artifactEventSchema, type ArtifactContent } from '../validation/artifacts';
import { parseJson } from '../validation/json';
import type { AppDatabase } from './db/client';
import { progressEvents, students } from './db/schema';
import { first, run } from './db/query';

/** The latest version of one thing a student made (a reflection, a sorted board, a drawing). */
export interface Artifact {
	key: string;
	studentId: string;
	studentName: string;
	avatar: string | null;
	context: string;
	step: string | null;
	/** As stored; not trusted for anything but matching. */
	kind: string;
	title: string;
	/** Its checked content, or null when the stored payload does not parse: "cannot be shown". */
	content: ArtifactContent | null;
	at: Date;
	hidden: boolean;
}

/** Where one artifact lives: the student, lesson, step and kind (its versions share a slot). */
interface Slot {
	key: string;
	studentId: string;
	context: string;
	step: string | null;
	kind: string | null;
	empty: boolean;
	at: Date;
	hiddenAt: Date | null;
}

const slotOf = (row: Slot) => `${row.studentId}|${row.context}|${row.step ?? ''}|${row.kind ?? ''}`;

/** The latest version of every artifact slot of a class, from index columns only (no payloads). */
async function latestSlots(db: AppDatabase, classId: string, studentId?: string): Promise<Slot[]> {
	const rows = await db
		.select({
			key: progressEvents.key,
			studentId: progressEvents.studentId,
			context: progressEvents.context,
			step: progressEvents.step,
			kind: progressEvents.artifactKind,
			empty: progressEvents.artifactEmpty,
			at: progressEvents.at,
			hiddenAt: progressEvents.hiddenAt
		})
		.from(progressEvents)
		.innerJoin(students, eq(students.id, progressEvents.studentId))
		.where(
			and(
				eq(students.classId, classId),
				studentId ? eq(progressEvents.studentId, studentId) : undefined,
				eq(progressEvents.type, 'artifact')
			)
		)
		.orderBy(asc(progressEvents.at), asc(progressEvents.receivedAt), asc(progressEvents.key));
	const latest = new Map<string, Slot>();
	for (const row of rows) latest.set(slotOf(row), row);
	return [...latest.values()];
}

/** The stored payloads of some artifacts, checked against their kind's schema. */
async function artifactsFor(db: AppDatabase, slots: Slot[]): Promise<Artifact[]> {
	const rows = [];
	// A few lookups by primary key per query (SQLite limits how deep one expression may nest).
	for (let i = 0; i < slots.length; i += 100)
		rows.push(
			...(await db
				.select({
					key: progressEvents.key,
					studentId: progressEvents.studentId,
					studentName: students.displayName,
					avatar: students.avatar,
					// Raw text: a stored payload is parsed here, where a bad one cannot throw.
					payload: sql<string>`${progressEvents.payload}`
				})
				.from(progressEvents)
				.innerJoin(students, eq(students.id, progressEvents.studentId))
				.where(
					or(
						...slots
							.slice(i, i + 100)
							.map((slot) =>
								and(eq(progressEvents.studentId, slot.studentId), eq(progressEvents.key, slot.key))
							)
					)
				))
		);
	const byKey = new Map(rows.map((row) => [`${row.studentId}|${row.key}`, row]));
	return slots.flatMap((slot) => {
		const row = byKey.get(`${slot.studentId}|${slot.key}`);
		if (!row) return [];
		const json = parseJson(row.payload);
		const parsed = json.ok ? artifactEventSchema.safeParse(json.value) : null;
		const event = parsed?.success ? parsed.data : null;
		return [
			{
				key: slot.key,
				studentId: slot.studentId,
				studentName: row.studentName,
				avatar: row.avatar,
				context: slot.context,
				step: slot.step,
				kind: event?.kind ?? slot.kind ?? '',
				title: event?.title ?? '',
				content: event ? ({ kind: event.kind, data: event.data } satisfies ArtifactContent) : null,
				at: slot.at,
				hidden: slot.hiddenAt !== null
			}
		];
	});
}

export interface ArtifactPage {
	items: Artifact[];
	/** Items in the whole gallery (with these options), and how many of them are hidden. */
	total: number;
	hidden: number;
	page: number;
	pages: number;
}

export const GALLERY_PAGE_SIZE = 48;

/**
 * A class's artifacts, newest first: for each student, lesson step and kind only the latest version
 * (a reflection edited three times is one item). Cleared reflections are left out. Only the page
 * asked for is read from the database in full.
 */
export async function artifactPage(
	db: AppDatabase,
	classId: string,
	options: {
		studentId?: string;
		includeHidden?: boolean;
		page?: number;
		pageSize?: number;
		/** Only artifacts of this kind (by the index column: other payloads are never read). */
		kind?: string;
	} = {}
): Promise<ArtifactPage> {
	const pageSize = options.pageSize ?? GALLERY_PAGE_SIZE;
	const slots = (await latestSlots(db, classId, options.studentId))
		.filter((slot) => !slot.empty && (!options.kind || slot.kind === options.kind))
		.sort((a, b) => b.at.getTime() - a.at.getTime());
	const hidden = slots.filter((slot) => slot.hiddenAt !== null).length;
	const listed = options.includeHidden ? slots : slots.filter((slot) => slot.hiddenAt === null);
	const pages = Math.max(1, Math.ceil(listed.length / pageSize));
	const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pages);
	const items = await artifactsFor(db, listed.slice((page - 1) * pageSize, page * pageSize));
	return { items, total: listed.length, hidden, page, pages };
}

/** Every artifact (latest versions) of a class or one student, newest first. */
export async function latestArtifacts(
	db: AppDatabase,
	classId: string,
	options: { studentId?: string; includeHidden?: boolean; kind?: string } = {}
): Promise<Artifact[]> {
	return (
		await artifactPage(db, classId, { ...options, page: 1, pageSize: Number.MAX_SAFE_INTEGER })
	).items;
}

async function ownsStudent(db: AppDatabase, classId: string, studentId: string): Promise<boolean> {
	return !!(await first(
		db
			.select({ id: students.id })
			.from(students)
			.where(and(eq(students.id, studentId), eq(students.classId, classId)))
	));
}

/** Hides (or shows again) one artifact in the class gallery; false if it is not in this class. */
export async function setArtifactHidden(
	db: AppDatabase,
	classId: string,
	studentId: string,
	key: string,
	hidden: boolean,
	now = new Date()
): Promise<boolean> {
	if (!(await ownsStudent(db, classId, studentId))) return false;
	return (
		(
			await run(
				db
					.update(progressEvents)
					.set({ hiddenAt: hidden ? now : null })
					.where(
						and(
							eq(progressEvents.studentId, studentId),
							eq(progressEvents.key, key),
							eq(progressEvents.type, 'artifact')
						)
					)
			)
		).changes > 0
	);
}

/**
 * Removes an artifact for good: every version of it (so an older one does not come back), and the
 * space it took from the student's budget. False if it is not in this class.
 */
export async function removeArtifact(
	db: AppDatabase,
	classId: string,
	studentId: string,
	key: string
): Promise<boolean> {
	if (!(await ownsStudent(db, classId, studentId))) return false;
	return db.transaction(async (tx) => {
		const target = await first(
			tx
				.select({
					context: progressEvents.context,
					step: progressEvents.step,
					kind: progressEvents.artifactKind
				})
				.from(progressEvents)
				.where(
					and(
						eq(progressEvents.studentId, studentId),
						eq(progressEvents.key, key),
						eq(progressEvents.type, 'artifact')
					)
				)
		);
		if (!target) return false;
		const sameSlot = and(
			eq(progressEvents.studentId, studentId),
			eq(progressEvents.type, 'artifact'),
			eq(progressEvents.context, target.context),
			target.step === null ? isNull(progressEvents.step) : eq(progressEvents.step, target.step),
			target.kind === null
				? isNull(progressEvents.artifactKind)
				: eq(progressEvents.artifactKind, target.kind)
		);
		const freed =
			(
				await first(
					tx
						.select({
							bytes: sql<number>`coalesce(sum(${progressEvents.bytes}), 0)`.mapWith(Number)
						})
						.from(progressEvents)
						.where(sameSlot)
				)
			)?.bytes ?? 0;
		await run(tx.delete(progressEvents).where(sameSlot));
		await run(
			tx
				.update(students)
				.set({
					storedBytes: sql`case when ${students.storedBytes} > ${freed} then ${students.storedBytes} - ${freed} else 0 end`
				})
				.where(eq(students.id, studentId))
		);
		return true;
	});
}

/** Removes a student from the class with everything they made and their sessions (cascade). */
export async function removeStudent(
	db: AppDatabase,
	classId: string,
	studentId: string
): Promise<boolean> {
	return (
		(
			await run(
				db.delete(students).where(and(eq(students.id, studentId), eq(students.classId, classId)))
			)
		).changes > 0
	);
}

export interface ContextWork {
	context: string;
	completed: { step: string; at: Date }[];
	/** The first answer to each question (the player keeps the first one). */
	answers: { step: string | null; question: string; choice: string; correct: boolean; at: Date }[];
	/** The latest score per step. */
	scores: { step: string | null; correct: number; total: number; at: Date }[];
	artifacts: Artifact[];
	firstAt: Date;
	lastAt: Date;
}

/** Everything one student of the class has done, per lesson (or shared activity), latest first. */
export async function studentWork(
	db: AppDatabase,
	classId: string,
	studentId: string
): Promise<ContextWork[]> {
	if (!(await ownsStudent(db, classId, studentId))) return [];
	const byContext = new Map<string, ContextWork>();
	const rows = await db
		.select({
			context: progressEvents.context,
			step: progressEvents.step,
			type: progressEvents.type,
			payload: sql<string>`${progressEvents.payload}`,
			at: progressEvents.at
		})
		.from(progressEvents)
		.where(
			and(
				eq(progressEvents.studentId, studentId),
				inArray(progressEvents.type, ['started', 'step-completed', 'answer', 'score'])
			)
		)
		.orderBy(asc(progressEvents.at), asc(progressEvents.receivedAt), asc(progressEvents.key));
	for (const row of rows) {
		let work = byContext.get(row.context);
		if (!work) {
			work = {
				context: row.context,
				completed: [],
				answers: [],
				scores: [],
				artifacts: [],
				firstAt: row.at,
				lastAt: row.at
			};
			byContext.set(row.context, work);
		}
		work.lastAt = row.at;
		// Stored events are read back through the schema they were checked against.
		const json = parseJson(row.payload);
		const parsed = activityEventSchema.safeParse(json.ok ? json.value : null);
		if (!parsed.success) continue;
		const event = parsed.data;
		if (event.type === 'step-completed') {
			if (!work.completed.some((done) => done.step === event.step))
				work.completed.push({ step: event.step, at: row.at });
		} else if (event.type === 'answer') {
			if (!work.answers.some((answer) => answer.question === event.question))
				work.answers.push({
					step: row.step,
					question: event.question,
					choice: event.choice,
					correct: event.correct,
					at: row.at
				});
		} else if (event.type === 'score') {
			work.scores = work.scores.filter((score) => score.step !== row.step);
			work.scores.push({ step: row.step, correct: event.correct, total: event.total, at: row.at });
		}
	}
	const artifacts = await latestArtifacts(db, classId, { studentId, includeHidden: true });
	for (const artifact of artifacts) {
		let work = byContext.get(artifact.context);
		if (!work) {
			work = {
				context: artifact.context,
				completed: [],
				answers: [],
				scores: [],
				artifacts: [],
				firstAt: artifact.at,
				lastAt: artifact.at
			};
			byContext.set(artifact.context, work);
		}
		work.artifacts.push(artifact);
		if (artifact.at > work.lastAt) work.lastAt = artifact.at;
	}
	return [...byContext.values()].sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}
