import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { recommenderLikes, recommenderVotes, students, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { createClass } from './classes';
import { recordEvents } from './progress';
import { setArtifactHidden } from './class-work';
import { progressBatchSchema } from '../validation/progress';
import { emptyMatrix, type SavedDesign } from '../recommender/design';
import { ORIGINAL_DESIGN, TASTES_DESIGN } from '../recommender/recommend';
import {
	castVote,
	classDesigns,
	classLikes,
	clearVotes,
	LIKE_SAVES,
	likesSchema,
	ownLikes,
	ownVote,
	saveLikes
} from './recommender';
import { run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let classId: string;
let other: string;
let clock = Date.parse('2026-12-03T10:00:00Z');

const person = async (id: string, klass: string) => {
	await run(db.insert(students).values({ id, classId: klass, displayName: `Name ${id}` }));
	return { id, classId: klass };
};
const saveDesign = async (studentId: string, design: SavedDesign, id = 'save-1') => {
	clock += 1000;
	await recordEvents(
		db,
		studentId,
		progressBatchSchema.parse({
			events: [
				{
					id,
					context: 'activity:recommender',
					at: new Date(clock).toISOString(),
					event: { type: 'artifact', kind: 'recommender-design', title: design.name, data: design }
				}
			]
		})
	);
};
const fair: SavedDesign = { name: 'Tastes for all', design: TASTES_DESIGN, matrix: emptyMatrix() };
const original: SavedDesign = {
	name: 'The old shop',
	design: ORIGINAL_DESIGN,
	matrix: emptyMatrix()
};

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	await run(
		db.insert(users).values({
			id: 't',
			email: 't@x.org',
			name: 't',
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
	);
	classId = (await createClass(db, 't', { name: 'Room 12', band: '6-8' })).id;
	other = (await createClass(db, 't', { name: 'Room 13', band: '6-8' })).id;
});
afterEach(() => cleanup());

describe('the class’s likes in the avatar shop', () => {
	it('keeps each student’s latest likes and gives classmates only the items, never who', async () => {
		const ana = await person('ana', classId);
		const ben = await person('ben', classId);
		const cai = await person('cai', other);
		await saveLikes(db, ana, { likes: ['tee-red-star'], dislikes: [] });
		await saveLikes(db, ana, {
			likes: ['tee-pink-heart', 'tee-red-star'],
			dislikes: ['sunhat-brown']
		});
		await saveLikes(db, ben, { likes: ['headphones-black'], dislikes: [] });
		await saveLikes(db, cai, { likes: ['watch-orange'], dislikes: [] });
		expect(await classLikes(db, classId, 'ben')).toEqual([
			{ likes: ['tee-pink-heart', 'tee-red-star'], dislikes: ['sunhat-brown'] }
		]);
		expect(await classLikes(db, classId)).toHaveLength(2);
		expect(JSON.stringify(await classLikes(db, classId))).not.toContain('ana');
		expect(await ownLikes(db, 'ana')).toEqual({
			likes: ['tee-pink-heart', 'tee-red-star'],
			dislikes: ['sunhat-brown']
		});
		expect(await classLikes(db, other)).toEqual([{ likes: ['watch-orange'], dislikes: [] }]);
	});

	it('refuses unknown, repeated or contradictory items, and too many saves, storing nothing', async () => {
		for (const bad of [
			{ likes: ['no-such-item'], dislikes: [] },
			{ likes: ['tee-red-star', 'tee-red-star'], dislikes: [] },
			{ likes: ['tee-red-star'], dislikes: ['tee-red-star'] },
			{ likes: 'tee-red-star', dislikes: [] },
			{ likes: [], dislikes: [], gender: 'girl' },
			{ likes: Array.from({ length: 200 }, () => 'tee-red-star'), dislikes: [] }
		])
			expect(likesSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
		const ana = await person('ana', classId);
		const now = new Date(clock);
		for (let k = 0; k < LIKE_SAVES.max; k++)
			expect((await saveLikes(db, ana, { likes: [], dislikes: [] }, now)).ok).toBe(true);
		const refused = await saveLikes(db, ana, { likes: ['tee-red-star'], dislikes: [] }, now);
		expect(refused).toMatchObject({ ok: false, problem: 'rate_limited' });
		expect(await ownLikes(db, 'ana')).toEqual({ likes: [], dislikes: [] });
	});

	it('reads back only items the catalogue has, whatever was stored', async () => {
		const ana = await person('ana', classId);
		await run(
			db.insert(recommenderLikes).values({
				studentId: ana.id,
				classId,
				likes: '["tee-red-star","<script>",3,"tee-red-star"]',
				dislikes: 'not json',
				updatedAt: new Date(clock)
			})
		);
		expect(await classLikes(db, classId)).toEqual([{ likes: ['tee-red-star'], dislikes: [] }]);
	});
});

describe('the class vote on the design to ship', () => {
	it('counts one vote per student, moved when they vote again, most votes first', async () => {
		const ana = await person('ana', classId);
		const ben = await person('ben', classId);
		const cai = await person('cai', classId);
		await saveDesign('ana', fair);
		await saveDesign('ben', original);
		const [first, second] = await classDesigns(db, classId);
		expect([first!.saved.name, second!.saved.name]).toEqual(['Tastes for all', 'The old shop']);
		// The same lesson step gives both artifacts the same key: the ids still differ.
		expect(first!.key).toBe(second!.key);
		expect(first!.id).not.toBe(second!.id);
		const oldShop = second!.id;
		expect(await castVote(db, ana, oldShop)).toEqual({ ok: true });
		expect(await castVote(db, ben, oldShop)).toEqual({ ok: true });
		expect(await castVote(db, cai, first!.id)).toEqual({ ok: true });
		expect((await classDesigns(db, classId)).map((d) => [d.saved.name, d.votes])).toEqual([
			['The old shop', 2],
			['Tastes for all', 1]
		]);
		expect(await castVote(db, ana, first!.id)).toEqual({ ok: true });
		const designs = await classDesigns(db, classId);
		expect(designs.map((d) => [d.saved.name, d.votes])).toEqual([
			['Tastes for all', 2],
			['The old shop', 1]
		]);
		expect(await ownVote(db, ana, designs)).toBe(first!.id);
		expect(await db.select().from(recommenderVotes)).toHaveLength(3);
		expect(await clearVotes(db, classId)).toBe(3);
		expect(await ownVote(db, ana, await classDesigns(db, classId))).toBeNull();
	});

	it('refuses a vote for another class’s design, or a hidden one, and changes nothing', async () => {
		const ana = await person('ana', classId);
		await person('cai', other);
		await saveDesign('cai', fair);
		const theirs = (await classDesigns(db, other))[0]!.id;
		expect(await castVote(db, ana, theirs)).toEqual({ ok: false, problem: 'not_found' });
		await saveDesign('ana', fair);
		const own = (await classDesigns(db, classId))[0]!;
		await setArtifactHidden(db, classId, 'ana', own.key, true);
		expect(await classDesigns(db, classId)).toEqual([]);
		expect(await castVote(db, ana, own.id)).toEqual({ ok: false, problem: 'not_found' });
		expect(
			await db.select().from(recommenderVotes).where(eq(recommenderVotes.classId, classId))
		).toEqual([]);
	});

	it('leaves out a stored design that no longer checks out', async () => {
		await person('ana', classId);
		await saveDesign('ana', fair);
		expect(await classDesigns(db, classId)).toHaveLength(1);
		await saveDesign('ana', { ...fair, name: 'Later' }, 'save-2');
		expect((await classDesigns(db, classId)).map((d) => d.saved.name)).toEqual(['Later']);
	});
});
