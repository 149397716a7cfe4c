import { eq, sql } from 'drizzle-orm';
import type { ProgressBatch } from '../validation/progress';
import type { AppDatabase } from './db/client';
import { lessonProgress, progressEvents, stepCompletions } from './db/schema';

/**
 * Stores a batch once per idempotency key and keeps the summaries (lesson started, latest score,
 * steps completed) in the same transaction; returns how many events were new.
 */
export function recordEvents(db: AppDatabase, studentId: string, batch: ProgressBatch): number {
	return db.transaction((tx) => {
		let stored = 0;
		for (const item of batch.events) {
			const at = new Date(item.at);
			const isNew =
				tx
					.insert(progressEvents)
					.values({
						studentId,
						key: item.id,
						context: item.context,
						step: item.step ?? null,
						type: item.event.type,
						payload: item.event,
						at
					})
					.onConflictDoNothing()
					.run().changes > 0;
			if (!isNew) continue;
			stored++;
			const event = item.event;
			const score = event.type === 'score' ? event : null;
			tx.insert(lessonProgress)
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
						startedAt: sql`min(${lessonProgress.startedAt}, excluded.started_at)`,
						// A score sent late (from an offline queue) does not replace a newer one.
						scoreCorrect: sql`case when excluded.scored_at >= coalesce(${lessonProgress.scoredAt}, 0) then excluded.score_correct else ${lessonProgress.scoreCorrect} end`,
						scoreTotal: sql`case when excluded.scored_at >= coalesce(${lessonProgress.scoredAt}, 0) then excluded.score_total else ${lessonProgress.scoreTotal} end`,
						scoredAt: sql`case when excluded.scored_at >= coalesce(${lessonProgress.scoredAt}, 0) then excluded.scored_at else ${lessonProgress.scoredAt} end`
					}
				})
				.run();
			if (event.type === 'step-completed')
				tx.insert(stepCompletions)
					.values({ studentId, context: item.context, step: event.step, completedAt: at })
					.onConflictDoUpdate({
						target: [stepCompletions.studentId, stepCompletions.context, stepCompletions.step],
						set: { completedAt: sql`min(${stepCompletions.completedAt}, excluded.completed_at)` }
					})
					.run();
		}
		return stored;
	});
}

/** Steps a student has completed, per lesson context ("module/band/lesson"). */
export function completedSteps(db: AppDatabase, studentId: string): Map<string, Set<string>> {
	const byContext = new Map<string, Set<string>>();
	for (const row of db
		.select({ context: stepCompletions.context, step: stepCompletions.step })
		.from(stepCompletions)
		.where(eq(stepCompletions.studentId, studentId))
		.all()) {
		const set = byContext.get(row.context) ?? new Set<string>();
		set.add(row.step);
		byContext.set(row.context, set);
	}
	return byContext;
}

/** Contexts in which the student has done anything at all. */
export function startedContexts(db: AppDatabase, studentId: string): Set<string> {
	return new Set(
		db
			.select({ context: lessonProgress.context })
			.from(lessonProgress)
			.where(eq(lessonProgress.studentId, studentId))
			.all()
			.map((row) => row.context)
	);
}
