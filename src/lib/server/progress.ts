import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { ActivityEvent } from '../activities/contract';
import type { SavedProgress } from '../curriculum/lesson-state';
import type { ProgressBatch } from '../validation/progress';
import { reflectionText } from '../validation/artifacts';
import type { AppDatabase } from './db/client';
import { lessonProgress, progressEvents, stepCompletions, stepVisits, students } from './db/schema';
import { takeFromAllowance, type RateLimitRule } from './rate-limit';
import { findLesson } from '../curriculum';
import { isActivityId } from '../activities/registry';
import { first, lockRow, run } from './db/query';

/** What one student may store: a tablet that misbehaves cannot fill the disk or the gallery. */
export interface ProgressBudget {
	/** Events a student may send per window (retries count too). */
	events: RateLimitRule;
	/** Artifact versions (every save counts) per student and lesson. */
	artifactsPerContext: number;
	/** Bytes of stored events per student. */
	bytesPerStudent: number;
}

export const PROGRESS_BUDGET: ProgressBudget = {
	// A lesson sends a few dozen events; an offline tablet's whole queue comes in a few batches.
	events: { max: 600, windowMs: 60_000 },
	artifactsPerContext: 100,
	// About 250 drawings or 1,000 full reflections: far more than a school year of lessons.
	bytesPerStudent: 2 * 1024 * 1024
};

export type RecordResult =
	| { ok: true; stored: number }
	| { ok: false; reason: 'rate_limited'; retryAfterMs: number }
	| { ok: false; reason: 'artifact_budget' | 'storage_budget'; refused: string[] };

/**
 * Whether an event belongs somewhere real: a step of a lesson ("module/band/lesson") or a shared
 * activity ("activity:id"). Anything else would only clutter the teacher's pages.
 */
export function isKnownPlace(context: string, step: string | undefined): boolean {
	if (context.startsWith('activity:'))
		return isActivityId(context.slice('activity:'.length)) && step === undefined;
	const [moduleSlug = '', band = '', lessonSlug = '', ...rest] = context.split('/');
	if (rest.length > 0) return false;
	const found = findLesson(moduleSlug, band, lessonSlug);
	return !!found && (step === undefined || found.lesson.steps.some((s) => s.id === step));
}

const payloadBytes = (event: unknown) => Buffer.byteLength(JSON.stringify(event));

/**
 * Stores a batch once per idempotency key and keeps the summaries (lesson started, latest score,
 * steps completed) in the same transaction. The whole batch is refused, and nothing stored, when
 * the student sends too fast or a new event would pass their storage budget; the refusal names
 * the events that do not fit, so the tablet can keep them and send the others.
 */
export async function recordEvents(
	db: AppDatabase,
	studentId: string,
	batch: ProgressBatch,
	budget: ProgressBudget = PROGRESS_BUDGET,
	now = new Date()
): Promise<RecordResult> {
	return db.transaction(async (tx): Promise<RecordResult> => {
		// One student's batches take turns: the budget is read, then spent.
		await lockRow(tx, students, studentId);
		const rate = await takeFromAllowance(
			tx as unknown as AppDatabase,
			`progress:student:${studentId}`,
			budget.events,
			batch.events.length,
			now
		);
		if (rate.limited) return { ok: false, reason: 'rate_limited', retryAfterMs: rate.retryAfterMs };

		const known = new Set(
			(
				await tx
					.select({ key: progressEvents.key })
					.from(progressEvents)
					.where(
						and(
							eq(progressEvents.studentId, studentId),
							inArray(
								progressEvents.key,
								batch.events.map((item) => item.id)
							)
						)
					)
			).map((row) => row.key)
		);
		const fresh = batch.events.filter(
			(item, i) =>
				!known.has(item.id) && batch.events.findIndex((other) => other.id === item.id) === i
		);

		const artifactCounts = new Map<string, number>();
		const overArtifacts: string[] = [];
		for (const item of fresh) {
			if (item.event.type !== 'artifact') continue;
			let used = artifactCounts.get(item.context);
			if (used === undefined)
				used =
					(
						await first(
							tx
								.select({ n: count() })
								.from(progressEvents)
								.where(
									and(
										eq(progressEvents.studentId, studentId),
										eq(progressEvents.context, item.context),
										eq(progressEvents.type, 'artifact')
									)
								)
						)
					)?.n ?? 0;
			artifactCounts.set(item.context, used + 1);
			if (used + 1 > budget.artifactsPerContext) overArtifacts.push(item.id);
		}
		if (overArtifacts.length > 0)
			return { ok: false, reason: 'artifact_budget', refused: overArtifacts };

		const sizes = fresh.map((item) => payloadBytes(item.event));
		let usedBytes =
			(
				await first(
					tx
						.select({ bytes: students.storedBytes })
						.from(students)
						.where(eq(students.id, studentId))
				)
			)?.bytes ?? 0;
		const overBytes: string[] = [];
		fresh.forEach((item, i) => {
			usedBytes += sizes[i]!;
			if (usedBytes > budget.bytesPerStudent) overBytes.push(item.id);
		});
		if (overBytes.length > 0) return { ok: false, reason: 'storage_budget', refused: overBytes };

		let stored = 0;
		/** First new event per step of this batch ("context|step"), for step_visits. */
		const visited = new Map<string, { context: string; step: string; at: Date }>();
		for (const [i, item] of fresh.entries()) {
			const at = new Date(item.at);
			const event = item.event;
			const isNew =
				(
					await run(
						tx
							.insert(progressEvents)
							.values({
								studentId,
								key: item.id,
								context: item.context,
								step: item.step ?? null,
								type: event.type,
								artifactKind: event.type === 'artifact' ? event.kind : null,
								artifactEmpty: event.type === 'artifact' && reflectionText(event)?.trim() === '',
								bytes: sizes[i]!,
								payload: event,
								at
							})
							.onConflictDoNothing()
					)
				).changes > 0;
			if (!isNew) continue;
			stored++;
			if (item.step) {
				const key = `${item.context}|${item.step}`;
				const earlier = visited.get(key);
				if (!earlier || at < earlier.at)
					visited.set(key, { context: item.context, step: item.step, at });
			}
			const score = event.type === 'score' ? event : null;
			await run(
				tx
					.insert(lessonProgress)
					.values({
						studentId,
						context: item.context,
						startedAt: at,
						scoreCorrect: score?.correct ?? null,
						scoreTotal: score?.total ?? null,
						scoredAt: score ? at : null
					})
					.onConflictDoUpdate({
						target: [lessonProgress.studentId, lessonProgress.context],
						set: {
							startedAt: sql`case when excluded.started_at < ${lessonProgress.startedAt} then excluded.started_at else ${lessonProgress.startedAt} end`,
							// A score sent late (from an offline queue) does not replace a newer one.
							scoreCorrect: sql`case when (${lessonProgress.scoredAt} is null or excluded.scored_at >= ${lessonProgress.scoredAt}) then excluded.score_correct else ${lessonProgress.scoreCorrect} end`,
							scoreTotal: sql`case when (${lessonProgress.scoredAt} is null or excluded.scored_at >= ${lessonProgress.scoredAt}) then excluded.score_total else ${lessonProgress.scoreTotal} end`,
							scoredAt: sql`case when (${lessonProgress.scoredAt} is null or excluded.scored_at >= ${lessonProgress.scoredAt}) then excluded.scored_at else ${lessonProgress.scoredAt} end`
						}
					})
			);
			if (event.type === 'step-completed')
				await run(
					tx
						.insert(stepCompletions)
						.values({ studentId, context: item.context, step: event.step, completedAt: at })
						.onConflictDoUpdate({
							target: [stepCompletions.studentId, stepCompletions.context, stepCompletions.step],
							set: {
								completedAt: sql`case when excluded.completed_at < ${stepCompletions.completedAt} then excluded.completed_at else ${stepCompletions.completedAt} end`
							}
						})
				);
		}
		for (const visit of visited.values())
			await run(
				tx
					.insert(stepVisits)
					.values({ studentId, context: visit.context, step: visit.step, firstAt: visit.at })
					.onConflictDoUpdate({
						target: [stepVisits.studentId, stepVisits.context, stepVisits.step],
						set: { firstAt: sql`excluded.first_at` },
						// Written only when an event from an offline queue is older than the first seen.
						setWhere: sql`excluded.first_at < ${stepVisits.firstAt}`
					})
			);
		const added = fresh.reduce((sum, _item, i) => sum + sizes[i]!, 0);
		if (added > 0)
			await run(
				tx
					.update(students)
					.set({ storedBytes: sql`${students.storedBytes} + ${added}` })
					.where(eq(students.id, studentId))
			);
		return { ok: true, stored };
	});
}

/** Steps a student has completed, per lesson context ("module/band/lesson"). */
export async function completedSteps(
	db: AppDatabase,
	studentId: string
): Promise<Map<string, Set<string>>> {
	const byContext = new Map<string, Set<string>>();
	for (const row of await db
		.select({ context: stepCompletions.context, step: stepCompletions.step })
		.from(stepCompletions)
		.where(eq(stepCompletions.studentId, studentId))) {
		const set = byContext.get(row.context) ?? new Set<string>();
		set.add(row.step);
		byContext.set(row.context, set);
	}
	return byContext;
}

/** Contexts in which the student has done anything at all. */
export async function startedContexts(db: AppDatabase, studentId: string): Promise<Set<string>> {
	return new Set(
		(
			await db
				.select({ context: lessonProgress.context })
				.from(lessonProgress)
				.where(eq(lessonProgress.studentId, studentId))
		).map((row) => row.context)
	);
}

/** What the server holds of one student's pass through one lesson: where to resume on any tablet. */
export type SavedLesson = SavedProgress;

/**
 * A student's stored progress events for one lesson ("module/band/lesson"), read back so a lesson
 * reopened on another tablet, or after the device forgot it, resumes where the student was.
 */
export async function savedLesson(
	db: AppDatabase,
	studentId: string,
	context: string
): Promise<SavedLesson> {
	const rows = await db
		.select({
			step: progressEvents.step,
			type: progressEvents.type,
			payload: progressEvents.payload,
			at: progressEvents.at
		})
		.from(progressEvents)
		.where(and(eq(progressEvents.studentId, studentId), eq(progressEvents.context, context)))
		.orderBy(asc(progressEvents.at), asc(progressEvents.receivedAt), asc(progressEvents.key));
	const saved: SavedLesson = { completed: [], answers: {}, reflections: {}, lastStep: null };
	// Moving on reports the step left as done and the step opened in the same millisecond, so the
	// step opened last is the latest "started"; any step at all only for a lesson without one.
	let opened: string | null = null;
	for (const row of rows) {
		const event = row.payload as ActivityEvent;
		if (row.step) saved.lastStep = row.step;
		if (event.type === 'started' && row.step) opened = row.step;
		if (event.type === 'step-completed' && !saved.completed.includes(event.step))
			saved.completed.push(event.step);
		else if (event.type === 'answer' && saved.answers[event.question] === undefined)
			saved.answers[event.question] = event.choice;
		else if (event.type === 'artifact' && event.kind === 'reflection' && row.step) {
			const text = (event.data as { text?: unknown } | null)?.text;
			if (typeof text === 'string') saved.reflections[row.step] = text;
		}
	}
	saved.lastStep = opened ?? saved.lastStep;
	return saved;
}
