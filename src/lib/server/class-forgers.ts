import { eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { classForgers, students } from './db/schema';
import { takeFromAllowance, type RateLimitRule } from './rate-limit';
import { checkForger, FORGER_DATA, type ForgerData, type ForgerProblem } from '../gan/forger';
import { run, first } from './db/query';

/** Shares a student may make: enough to share again after more training, not a flood of uploads. */
export const FORGER_SHARES: RateLimitRule = { max: 10, windowMs: 10 * 60_000 };
/** More than a tablet trains in a lesson; a larger claim is refused. */
export const MAX_FORGER_ITERATIONS = 1_000_000;

export interface ClassForger {
	data: ForgerData;
	iterations: number;
	weights: Uint8Array;
	sharedAt: Date;
	studentId: string;
	studentName: string;
}

export interface ForgerUpload {
	data: string;
	iterations: number;
	bytes: Uint8Array;
}

export type ShareResult =
	| { ok: true }
	| { ok: false; problem: ForgerProblem | 'invalid' }
	| { ok: false; problem: 'rate_limited'; retryAfterMs: number };

const isForgerData = (value: unknown): value is ForgerData =>
	FORGER_DATA.includes(value as ForgerData);

/**
 * A student shares the generator they trained: it becomes their class's forger, replacing the
 * one before. The file is checked whole before anything is stored; a refusal changes nothing.
 */
export async function shareForger(
	db: AppDatabase,
	student: { id: string; classId: string },
	upload: ForgerUpload,
	now = new Date()
): Promise<ShareResult> {
	const { data, iterations, bytes } = upload;
	if (!isForgerData(data) || !Number.isInteger(iterations) || iterations < 1)
		return { ok: false, problem: 'invalid' };
	if (iterations > MAX_FORGER_ITERATIONS) return { ok: false, problem: 'invalid' };
	const checked = checkForger(bytes, data);
	if (!checked.ok) return checked;
	return db.transaction(async (tx): Promise<ShareResult> => {
		const rate = await takeFromAllowance(
			tx as unknown as AppDatabase,
			`forger:student:${student.id}`,
			FORGER_SHARES,
			1,
			now
		);
		if (rate.limited)
			return { ok: false, problem: 'rate_limited', retryAfterMs: rate.retryAfterMs };
		const row = {
			studentId: student.id,
			data,
			iterations,
			weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
			sharedAt: now
		};
		await run(
			tx
				.insert(classForgers)
				.values({ classId: student.classId, ...row })
				.onConflictDoUpdate({ target: classForgers.classId, set: row })
		);
		return { ok: true };
	});
}

/** The class's forger, checked again on the way out (stored data is never trusted). */
export async function classForger(db: AppDatabase, classId: string): Promise<ClassForger | null> {
	const row = await first(
		db
			.select({
				data: classForgers.data,
				iterations: classForgers.iterations,
				weights: classForgers.weights,
				sharedAt: classForgers.sharedAt,
				studentId: classForgers.studentId,
				studentName: students.displayName
			})
			.from(classForgers)
			.innerJoin(students, eq(students.id, classForgers.studentId))
			.where(eq(classForgers.classId, classId))
	);
	if (!row || !isForgerData(row.data)) return null;
	const weights = new Uint8Array(row.weights);
	if (!checkForger(weights, row.data).ok) return null;
	return { ...row, data: row.data, weights };
}

/** The teacher takes the class's forger away ("Real or fake?" goes back to the trained faces). */
export async function removeForger(db: AppDatabase, classId: string): Promise<boolean> {
	return (await run(db.delete(classForgers).where(eq(classForgers.classId, classId)))).changes > 0;
}
