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

let db: AppDatabase;
let cleanup: () => void;
let classId: string;
let other: string;
let clock = Date.parse('2026-12-03T10:00:00Z');

const person = (id: string, klass: string) => {
	db.insert(students)
		.values({ id, classId: klass, displayName: `Name ${id}` })
		.run();
	return { id, classId: klass };
};
const saveDesign = (studentId: string, design: SavedDesign, id = 'save-1') => {
	clock += 1000;
	recordEvents(
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

beforeEach(() => {
	({ db, cleanup } = createTestDb());
	db.insert(users)
		.values({ id: 't', email: 't@x.org', name: 't', passwordHash: 'x', country: 'US', school: 'S' })
		.run();
	classId = createClass(db, 't', { name: 'Room 12', band: '6-8' }).id;
	other = createClass(db, 't', { name: 'Room 13', band: '6-8' }).id;
});
afterEach(() => cleanup());

describe('the class’s likes in the avatar shop', () => {
	it('keeps each student’s latest likes and gives classmates only the items, never who', () => {
		const ana = person('ana', classId);
		const ben = person('ben', classId);
		const cai = person('cai', other);
		saveLikes(db, ana, { likes: ['tee-red-star'], dislikes: [] });
		saveLikes(db, ana, { likes: ['tee-pink-heart', 'tee-red-star'], dislikes: ['sunhat-brown'] });
		saveLikes(db, ben, { likes: ['headphones-black'], dislikes: [] });
		saveLikes(db, cai, { likes: ['watch-orange'], dislikes: [] });
		expect(classLikes(db, classId, 'ben')).toEqual([
			{ likes: ['tee-pink-heart', 'tee-red-star'], dislikes: ['sunhat-brown'] }
		]);
		expect(classLikes(db, classId)).toHaveLength(2);
		expect(JSON.stringify(classLikes(db, classId))).not.toContain('ana');
		expect(ownLikes(db, 'ana')).toEqual({
			likes: ['tee-pink-heart', 'tee-red-star'],
			dislikes: ['sunhat-brown']
		});
		expect(classLikes(db, other)).toEqual([{ likes: ['watch-orange'], dislikes: [] }]);
	});

	it('refuses unknown, repeated or contradictory items, and too many saves, storing nothing', () => {
		for (const bad of [
			{ likes: ['no-such-item'], dislikes: [] },
			{ likes: ['tee-red-star', 'tee-red-star'], dislikes: [] },
			{ likes: ['tee-red-star'], dislikes: ['tee-red-star'] },
			{ likes: 'tee-red-star', dislikes: [] },
			{ likes: [], dislikes: [], gender: 'girl' },
			{ likes: Array.from({ length: 200 }, () => 'tee-red-star'), dislikes: [] }
		])
			expect(likesSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
		const ana = person('ana', classId);
		const now = new Date(clock);
		for (let k = 0; k < LIKE_SAVES.max; k++)
			expect(saveLikes(db, ana, { likes: [], dislikes: [] }, now).ok).toBe(true);
		const refused = saveLikes(db, ana, { likes: ['tee-red-star'], dislikes: [] }, now);
		expect(refused).toMatchObject({ ok: false, problem: 'rate_limited' });
		expect(ownLikes(db, 'ana')).toEqual({ likes: [], dislikes: [] });
	});

	it('reads back only items the catalogue has, whatever was stored', () => {
		const ana = person('ana', classId);
		db.insert(recommenderLikes)
			.values({
				studentId: ana.id,
				classId,
				likes: '["tee-red-star","<script>",3,"tee-red-star"]',
				dislikes: 'not json',
				updatedAt: new Date(clock)
			})
			.run();
		expect(classLikes(db, classId)).toEqual([{ likes: ['tee-red-star'], dislikes: [] }]);
	});
});

describe('the class vote on the design to ship', () => {
	it('counts one vote per student, moved when they vote again, most votes first', () => {
		const ana = person('ana', classId);
		const ben = person('ben', classId);
		const cai = person('cai', classId);
		saveDesign('ana', fair);
		saveDesign('ben', original);
		const [first, second] = classDesigns(db, classId);
		expect([first!.saved.name, second!.saved.name]).toEqual(['Tastes for all', 'The old shop']);
		// The same lesson step gives both artifacts the same key: the ids still differ.
		expect(first!.key).toBe(second!.key);
		expect(first!.id).not.toBe(second!.id);
		const oldShop = second!.id;
		expect(castVote(db, ana, oldShop)).toEqual({ ok: true });
		expect(castVote(db, ben, oldShop)).toEqual({ ok: true });
		expect(castVote(db, cai, first!.id)).toEqual({ ok: true });
		expect(classDesigns(db, classId).map((d) => [d.saved.name, d.votes])).toEqual([
			['The old shop', 2],
			['Tastes for all', 1]
		]);
		expect(castVote(db, ana, first!.id)).toEqual({ ok: true });
		const designs = classDesigns(db, classId);
		expect(designs.map((d) => [d.saved.name, d.votes])).toEqual([
			['Tastes for all', 2],
			['The old shop', 1]
		]);
		expect(ownVote(db, ana, designs)).toBe(first!.id);
		expect(db.select().from(recommenderVotes).all()).toHaveLength(3);
		expect(clearVotes(db, classId)).toBe(3);
		expect(ownVote(db, ana, classDesigns(db, classId))).toBeNull();
	});

	it('refuses a vote for another class’s design, or a hidden one, and changes nothing', () => {
		const ana = person('ana', classId);
		person('cai', other);
		saveDesign('cai', fair);
		const theirs = classDesigns(db, other)[0]!.id;
		expect(castVote(db, ana, theirs)).toEqual({ ok: false, problem: 'not_found' });
		saveDesign('ana', fair);
		const own = classDesigns(db, classId)[0]!;
		setArtifactHidden(db, classId, 'ana', own.key, true);
		expect(classDesigns(db, classId)).toEqual([]);
		expect(castVote(db, ana, own.id)).toEqual({ ok: false, problem: 'not_found' });
		expect(
			db.select().from(recommenderVotes).where(eq(recommenderVotes.classId, classId)).all()
		).toEqual([]);
	});

	it('leaves out a stored design that no longer checks out', () => {
		person('ana', classId);
		saveDesign('ana', fair);
		expect(classDesigns(db, classId)).toHaveLength(1);
		saveDesign('ana', { ...fair, name: 'Later' }, 'save-2');
		expect(classDesigns(db, classId).map((d) => d.saved.name)).toEqual(['Later']);
	});
});
