import { and, eq } from 'drizzle-orm';
import type { ProgressBatch } from '../validation/progress';
import type { AppDatabase } from './db/client';
import { progressEvents } from './db/schema';

/** Stores a batch once per idempotency key; returns how many events were new. */
export function recordEvents(db: AppDatabase, studentId: string, batch: ProgressBatch): number {
	return db.transaction((tx) => {
		let stored = 0;
		for (const item of batch.events) {
			stored += tx
				.insert(progressEvents)
				.values({
					studentId,
					key: item.id,
					context: item.context,
					step: item.step ?? null,
					type: item.event.type,
					payload: item.event,
					at: new Date(item.at)
				})
				.onConflictDoNothing()
				.run().changes;
		}
		return stored;
	});
}

/** Steps a student has completed, per lesson context ("module/band/lesson"). */
export function completedSteps(db: AppDatabase, studentId: string): Map<string, Set<string>> {
	const rows = db
		.select({ context: progressEvents.context, payload: progressEvents.payload })
		.from(progressEvents)
		.where(and(eq(progressEvents.studentId, studentId), eq(progressEvents.type, 'step-completed')))
		.all();
	const byContext = new Map<string, Set<string>>();
	for (const row of rows) {
		const step = (row.payload as { step?: unknown }).step;
		if (typeof step !== 'string') continue;
		const set = byContext.get(row.context) ?? new Set<string>();
		set.add(step);
		byContext.set(row.context, set);
	}
	return byContext;
}

/** Contexts in which the student has done anything at all. */
export function startedContexts(db: AppDatabase, studentId: string): Set<string> {
	return new Set(
		db
			.selectDistinct({ context: progressEvents.context })
			.from(progressEvents)
			.where(eq(progressEvents.studentId, studentId))
			.all()
			.map((row) => row.context)
	);
}
