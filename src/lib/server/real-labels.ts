import { eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { quickdrawLabels } from './db/schema';
import { classLabel, type Votes } from '../doodle/class-labels';
import type { Subgroup } from '../doodle/generator';
import type { RealDoodle } from './quickdraw-set';
import { run } from './db/query';

const COW_KEY = /^quickdraw:cow:(\d{1,6})$/;

/** The index in the cow file of a real cow nobody labelled (from its key), else null. */
export function unlabelledCowIndex(items: readonly RealDoodle[], key: string): number | null {
	const match = COW_KEY.exec(key);
	if (!match) return null;
	const item = items.find((each) => each.key === key);
	return item && item.animal === 'cow' && item.subgroup === null ? Number(match[1]) : null;
}

/**
 * When the server has real cows without people's labels, the class labels them: each student's
 * vote, the majority per cow, and the cows this student has still to look at.
 */
export async function realCowLabels(
	db: AppDatabase,
	student: { id: string; classId: string },
	items: readonly RealDoodle[]
) {
	const votes = new Map<number, Votes>();
	const mine = new Set<number>();
	for (const row of await db
		.select()
		.from(quickdrawLabels)
		.where(eq(quickdrawLabels.classId, student.classId))) {
		const tally = votes.get(row.cowIndex) ?? { spotted: 0, plain: 0 };
		if (row.label === 'spotted' || row.label === 'plain') tally[row.label]++;
		votes.set(row.cowIndex, tally);
		if (row.studentId === student.id) mine.add(row.cowIndex);
	}
	const labels: Record<string, Subgroup> = {};
	for (const [index, tally] of votes) {
		const label = classLabel(null, tally);
		if (label) labels[`quickdraw:cow:${index}`] = label;
	}
	const toLabel = items
		.filter((item) => item.animal === 'cow' && item.subgroup === null)
		.filter((item) => !mine.has(Number(COW_KEY.exec(item.key)![1])))
		.map(({ key, drawing }) => ({ id: key, drawing }));
	return { labels, toLabel };
}

/** A student's vote on a real cow: only cows the server has without a label. */
export async function voteOnRealCow(
	db: AppDatabase,
	student: { id: string; classId: string },
	items: readonly RealDoodle[],
	key: string,
	label: 'spotted' | 'plain' | 'skip'
): Promise<boolean> {
	const cowIndex = unlabelledCowIndex(items, key);
	if (cowIndex === null) return false;
	await run(
		db
			.insert(quickdrawLabels)
			.values({ classId: student.classId, cowIndex, studentId: student.id, label })
			.onConflictDoUpdate({
				target: [quickdrawLabels.classId, quickdrawLabels.cowIndex, quickdrawLabels.studentId],
				set: { label }
			})
	);
	return true;
}
