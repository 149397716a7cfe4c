import { and, asc, eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { progressEvents, students } from './db/schema';

/** The latest version of one thing a student made (a reflection, a sorted board, a drawing). */
export interface Artifact {
	key: string;
	studentId: string;
	studentName: string;
	avatar: string | null;
	context: string;
	step: string | null;
	kind: string;
	title: string;
	data: unknown;
	at: Date;
	hidden: boolean;
}

const columns = {
	key: progressEvents.key,
	studentId: progressEvents.studentId,
	studentName: students.displayName,
	avatar: students.avatar,
	context: progressEvents.context,
	step: progressEvents.step,
	type: progressEvents.type,
	payload: progressEvents.payload,
	at: progressEvents.at,
	hiddenAt: progressEvents.hiddenAt
};

function classEvents(db: AppDatabase, classId: string, studentId?: string, type?: string) {
	return db
		.select(columns)
		.from(progressEvents)
		.innerJoin(students, eq(students.id, progressEvents.studentId))
		.where(
			and(
				eq(students.classId, classId),
				studentId ? eq(progressEvents.studentId, studentId) : undefined,
				type ? eq(progressEvents.type, type) : undefined
			)
		)
		.orderBy(asc(progressEvents.at))
		.all();
}

function isBlank(kind: string, data: unknown): boolean {
	return kind === 'reflection' && !String((data as { text?: unknown })?.text ?? '').trim();
}

/**
 * A class's artifacts, newest first: for each student, lesson step and kind only the latest version
 * (a reflection edited three times is one item). Cleared reflections are left out.
 */
export function latestArtifacts(
	db: AppDatabase,
	classId: string,
	options: { studentId?: string; includeHidden?: boolean } = {}
): Artifact[] {
	const latest = new Map<string, Artifact>();
	for (const row of classEvents(db, classId, options.studentId, 'artifact')) {
		const payload = row.payload as { kind: string; title: string; data: unknown };
		latest.set(`${row.studentId}|${row.context}|${row.step ?? ''}|${payload.kind}`, {
			key: row.key,
			studentId: row.studentId,
			studentName: row.studentName,
			avatar: row.avatar,
			context: row.context,
			step: row.step,
			kind: payload.kind,
			title: payload.title,
			data: payload.data,
			at: row.at,
			hidden: row.hiddenAt !== null
		});
	}
	return [...latest.values()]
		.filter((item) => !isBlank(item.kind, item.data))
		.filter((item) => options.includeHidden || !item.hidden)
		.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** Hides (or shows again) one artifact in the class gallery; false if it is not in this class. */
export function setArtifactHidden(
	db: AppDatabase,
	classId: string,
	studentId: string,
	key: string,
	hidden: boolean,
	now = new Date()
): boolean {
	const student = db
		.select({ id: students.id })
		.from(students)
		.where(and(eq(students.id, studentId), eq(students.classId, classId)))
		.get();
	if (!student) return false;
	return (
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
			.run().changes > 0
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
export function studentWork(db: AppDatabase, classId: string, studentId: string): ContextWork[] {
	const byContext = new Map<string, ContextWork>();
	for (const row of classEvents(db, classId, studentId)) {
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
		const payload = row.payload as Record<string, unknown>;
		if (row.type === 'step-completed' && typeof payload.step === 'string') {
			if (!work.completed.some((done) => done.step === payload.step))
				work.completed.push({ step: payload.step, at: row.at });
		} else if (row.type === 'answer') {
			const question = String(payload.question);
			if (!work.answers.some((answer) => answer.question === question))
				work.answers.push({
					step: row.step,
					question,
					choice: String(payload.choice),
					correct: payload.correct === true,
					at: row.at
				});
		} else if (row.type === 'score') {
			work.scores = work.scores.filter((score) => score.step !== row.step);
			work.scores.push({
				step: row.step,
				correct: Number(payload.correct),
				total: Number(payload.total),
				at: row.at
			});
		}
	}
	const artifacts = latestArtifacts(db, classId, { studentId, includeHidden: true });
	for (const artifact of artifacts) byContext.get(artifact.context)?.artifacts.push(artifact);
	return [...byContext.values()].sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}
