import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { CATALOGUE } from '../activities/recommender/content';
import { RECOMMENDER_DESIGN_KIND } from '../activities/recommender/artifact';
import { savedDesignSchema, type SavedDesign } from '../recommender/design';
import { parseJson } from '../validation/json';
import type { AppDatabase } from './db/client';
import { recommenderLikes, recommenderVotes } from './db/schema';
import { latestArtifacts } from './class-work';
import { takeFromAllowance, type RateLimitRule } from './rate-limit';
import { run, first } from './db/query';

/** A tablet saves likes a few seconds after the last tap: room for a lesson of tapping, not a flood. */
export const LIKE_SAVES: RateLimitRule = { max: 120, windowMs: 10 * 60_000 };
export const VOTES: RateLimitRule = { max: 30, windowMs: 10 * 60_000 };

const KNOWN = new Set(CATALOGUE.map((item) => item.id));
const itemIds = z
	.array(z.string().refine((id) => KNOWN.has(id), { error: 'unknown_item' }))
	.max(CATALOGUE.length)
	.refine((ids) => new Set(ids).size === ids.length, { error: 'repeated_item' });

/** What a tablet sends: the items its student liked and disliked, never both for one item. */
export const likesSchema = z
	.object({ likes: itemIds, dislikes: itemIds })
	.strict()
	.refine((l) => !l.likes.some((id) => l.dislikes.includes(id)), {
		error: 'liked_and_disliked',
		path: ['dislikes']
	});
export type Likes = z.output<typeof likesSchema>;

export type SaveResult =
	{ ok: true } | { ok: false; problem: 'rate_limited'; retryAfterMs: number };

type Student = { id: string; classId: string };
type Limited = { ok: false; problem: 'rate_limited'; retryAfterMs: number };

/** Runs `write` in a transaction if the student's allowance under `rule` has room; else says when. */
async function withinAllowance(
	db: AppDatabase,
	key: string,
	rule: RateLimitRule,
	now: Date,
	write: (tx: AppDatabase) => void
): Promise<{ ok: true } | Limited> {
	return db.transaction(async (tx) => {
		const rate = await takeFromAllowance(tx as unknown as AppDatabase, key, rule, 1, now);
		if (rate.limited)
			return {
				ok: false as const,
				problem: 'rate_limited' as const,
				retryAfterMs: rate.retryAfterMs
			};
		write(tx as unknown as AppDatabase);
		return { ok: true as const };
	});
}

/** Stores a student's likes (checked by `likesSchema` first), replacing what was there. */
export async function saveLikes(
	db: AppDatabase,
	student: Student,
	likes: Likes,
	now = new Date()
): Promise<SaveResult> {
	return withinAllowance(db, `rec-likes:student:${student.id}`, LIKE_SAVES, now, async (tx) => {
		const row = {
			classId: student.classId,
			likes: JSON.stringify(likes.likes),
			dislikes: JSON.stringify(likes.dislikes),
			updatedAt: now
		};
		await run(
			tx
				.insert(recommenderLikes)
				.values({ studentId: student.id, ...row })
				.onConflictDoUpdate({ target: recommenderLikes.studentId, set: row })
		);
	});
}

const storedIds = (text: string): string[] => {
	const parsed = parseJson(text);
	return parsed.ok && Array.isArray(parsed.value)
		? [
				...new Set(
					parsed.value.filter((id): id is string => typeof id === 'string' && KNOWN.has(id))
				)
			]
		: [];
};

/**
 * The likes of a class's students, without who made them (the collaborative filter needs only
 * which items went together), checked again on the way out; `except` leaves the asker's own out.
 */
export async function classLikes(
	db: AppDatabase,
	classId: string,
	except?: string
): Promise<Likes[]> {
	return (
		await db
			.select()
			.from(recommenderLikes)
			.where(eq(recommenderLikes.classId, classId))
			.orderBy(recommenderLikes.updatedAt)
	)
		.filter((row) => row.studentId !== except)
		.map((row) => {
			const likes = storedIds(row.likes);
			return { likes, dislikes: storedIds(row.dislikes).filter((id) => !likes.includes(id)) };
		})
		.filter((row) => row.likes.length + row.dislikes.length > 0);
}

export async function ownLikes(db: AppDatabase, studentId: string): Promise<Likes | null> {
	const row = await first(
		db.select().from(recommenderLikes).where(eq(recommenderLikes.studentId, studentId))
	);
	if (!row) return null;
	const likes = storedIds(row.likes);
	return { likes, dislikes: storedIds(row.dislikes).filter((id) => !likes.includes(id)) };
}

const designId = (studentId: string, key: string) =>
	createHash('sha256').update(`${studentId}|${key}`).digest('base64url').slice(0, 16);

export interface ClassDesign {
	/**
	 * What a vote names: opaque, from the author and the artifact's key (a key alone is the same
	 * for every student who saved in the same lesson step).
	 */
	id: string;
	key: string;
	studentId: string;
	studentName: string;
	saved: SavedDesign;
	votes: number;
	at: Date;
}

/**
 * The designs a class saved (each student's latest, in any lesson or link, not hidden by the
 * teacher), read back through the design's schema, with their votes; most votes first.
 */
export async function classDesigns(db: AppDatabase, classId: string): Promise<ClassDesign[]> {
	const votes = new Map(
		(
			await db
				.select({
					student: recommenderVotes.designStudentId,
					key: recommenderVotes.designKey,
					count: sql<number>`count(*)`.mapWith(Number)
				})
				.from(recommenderVotes)
				.where(eq(recommenderVotes.classId, classId))
				.groupBy(recommenderVotes.designStudentId, recommenderVotes.designKey)
		).map((row) => [`${row.student}|${row.key}`, Number(row.count)])
	);
	return (await latestArtifacts(db, classId, { kind: RECOMMENDER_DESIGN_KIND }))
		.flatMap((artifact) => {
			if (artifact.content?.kind !== RECOMMENDER_DESIGN_KIND) return [];
			const parsed = savedDesignSchema.safeParse(artifact.content.data);
			if (!parsed.success) return [];
			return [
				{
					id: designId(artifact.studentId, artifact.key),
					key: artifact.key,
					studentId: artifact.studentId,
					studentName: artifact.studentName,
					saved: parsed.data,
					votes: votes.get(`${artifact.studentId}|${artifact.key}`) ?? 0,
					at: artifact.at
				}
			];
		})
		.sort((a, b) => b.votes - a.votes || a.at.getTime() - b.at.getTime());
}

/** The design a student voted for (its id), if it is still one of the class's designs. */
export async function ownVote(
	db: AppDatabase,
	student: Student,
	designs: ClassDesign[]
): Promise<string | null> {
	const row = await first(
		db.select().from(recommenderVotes).where(eq(recommenderVotes.studentId, student.id))
	);
	if (!row) return null;
	const design = designs.find(
		(d) => d.studentId === row.designStudentId && d.key === row.designKey
	);
	return design?.id ?? null;
}

export type VoteResult = { ok: true } | { ok: false; problem: 'not_found' } | Limited;

/** A student votes for one of their class's designs (a new vote replaces their last one). */
export async function castVote(
	db: AppDatabase,
	student: Student,
	designId: string,
	now = new Date()
): Promise<VoteResult> {
	const design = (await classDesigns(db, student.classId)).find((d) => d.id === designId);
	if (!design) return { ok: false, problem: 'not_found' };
	return withinAllowance(db, `rec-vote:student:${student.id}`, VOTES, now, async (tx) => {
		const row = {
			classId: student.classId,
			designStudentId: design.studentId,
			designKey: design.key,
			votedAt: now
		};
		await run(
			tx
				.insert(recommenderVotes)
				.values({ studentId: student.id, ...row })
				.onConflictDoUpdate({ target: recommenderVotes.studentId, set: row })
		);
	});
}

/** The teacher starts the vote again: every vote of the class is cleared. */
export async function clearVotes(db: AppDatabase, classId: string): Promise<number> {
	return (await run(db.delete(recommenderVotes).where(and(eq(recommenderVotes.classId, classId)))))
		.changes;
}
