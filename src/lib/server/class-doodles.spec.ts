import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { students, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { createClass } from './classes';
import {
	DOODLE_LIMITS,
	addDoodle,
	classDoodles,
	clearClassDoodles,
	setDoodleHidden,
	studentDataset,
	voteOnDoodle
} from './class-doodles';
import { newDoodleSchema } from '../validation/doodles';
import { classLabel } from '../doodle/class-labels';
import type { SimplifiedDrawing } from '../doodle/strokes';
import { run } from './db/query';
import { inOrder } from './testing/in-order';

let db: AppDatabase;
let cleanup: () => Promise<void>;
const drawing: SimplifiedDrawing = [
	[
		[0, 100, 255],
		[0, 50, 80]
	]
];
const person = async (id: string, classId: string) => {
	await run(db.insert(students).values({ id, classId, displayName: id }));
	return { id, classId };
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
});
afterEach(() => cleanup());

describe('the class dataset', () => {
	it('pools drawings, lets classmates label the cows their drawers were unsure of, and goes by the majority', async () => {
		const a = await createClass(db, 't', { name: 'A', band: '3-5' });
		const b = await createClass(db, 't', { name: 'B', band: '3-5' });
		const [ana, ben, cy, dee] = await inOrder(['ana', 'ben', 'cy', 'dee'], (id) =>
			person(id, a.id)
		);
		const zed = await person('zed', b.id);
		const spotted = await addDoodle(db, ana!, { animal: 'cow', spots: 'spotted', drawing });
		const unsure = await addDoodle(db, ana!, { animal: 'cow', spots: 'unsure', drawing });
		const horse = await addDoodle(db, ben!, { animal: 'horse', drawing });
		if (!spotted.ok || !unsure.ok || !horse.ok) throw new Error('not added');

		// Ben sees everything and has one cow to label; Ana never labels her own.
		const forBen = await studentDataset(db, ben!);
		// Drawings of the same millisecond come in any order, so the set is compared.
		expect(forBen.items.map((item) => [item.animal, item.subgroup, item.mine]).toSorted()).toEqual(
			[
				['cow', 'spotted', false],
				['cow', null, false],
				['horse', null, true]
			].toSorted()
		);
		expect(forBen.toLabel.map((item) => item.id)).toEqual([unsure.id]);
		expect((await studentDataset(db, ana!)).toLabel).toEqual([]);
		expect(await voteOnDoodle(db, ana!, unsure.id, 'plain')).toBe(false);

		// Votes: plain, plain (Cy changed his mind), spotted → plain wins. Skips do not count.
		expect(await voteOnDoodle(db, ben!, unsure.id, 'plain')).toBe(true);
		expect(await voteOnDoodle(db, cy!, unsure.id, 'spotted')).toBe(true);
		expect(await voteOnDoodle(db, cy!, unsure.id, 'plain')).toBe(true);
		expect(await voteOnDoodle(db, dee!, unsure.id, 'skip')).toBe(true);
		expect((await studentDataset(db, ben!)).toLabel).toEqual([]);
		const cow = (await classDoodles(db, a.id)).find((doodle) => doodle.id === unsure.id)!;
		expect(cow.votes).toEqual({ spotted: 0, plain: 2 });
		expect(cow.subgroup).toBe('plain');

		// Other classes see nothing of it and cannot vote; a drawer's own label is not up for vote.
		expect((await studentDataset(db, zed)).items).toEqual([]);
		expect(await voteOnDoodle(db, zed, unsure.id, 'spotted')).toBe(false);
		expect(await voteOnDoodle(db, ben!, spotted.id, 'plain')).toBe(false);
		expect(await voteOnDoodle(db, ben!, horse.id, 'plain')).toBe(false);
	});

	it('lets only the class’s teacher hide, show and clear, and keeps to its limits', async () => {
		const a = await createClass(db, 't', { name: 'A', band: '3-5' });
		const b = await createClass(db, 't', { name: 'B', band: '3-5' });
		const ana = await person('ana', a.id);
		const ben = await person('ben', a.id);
		const added = await addDoodle(db, ana, { animal: 'cow', spots: 'unsure', drawing });
		if (!added.ok) throw new Error('not added');
		expect(await setDoodleHidden(db, b.id, added.id, true)).toBe(false);
		expect(await setDoodleHidden(db, a.id, added.id, true)).toBe(true);
		expect((await studentDataset(db, ben)).items).toEqual([]);
		expect(await voteOnDoodle(db, ben, added.id, 'plain')).toBe(false);
		expect((await classDoodles(db, a.id))[0]!.hidden).toBe(true);
		expect(await setDoodleHidden(db, a.id, added.id, false)).toBe(true);
		expect((await studentDataset(db, ben)).items).toHaveLength(1);

		for (let i = 1; i < DOODLE_LIMITS.perStudent; i++)
			expect((await addDoodle(db, ana, { animal: 'pig', drawing })).ok).toBe(true);
		expect(await addDoodle(db, ana, { animal: 'pig', drawing })).toEqual({
			ok: false,
			error: 'student_limit'
		});
		expect(await clearClassDoodles(db, b.id)).toBe(0);
		expect(await clearClassDoodles(db, a.id)).toBe(DOODLE_LIMITS.perStudent);
		expect(await classDoodles(db, a.id)).toEqual([]);
	});

	it('accepts only real drawings of the four animals, with spots said for cows only', () => {
		const ok = { animal: 'cow', spots: 'plain', drawing };
		expect(newDoodleSchema.safeParse(ok).success).toBe(true);
		for (const bad of [
			{ ...ok, animal: 'dog' },
			{ ...ok, spots: undefined },
			{ animal: 'pig', spots: 'plain', drawing },
			{ ...ok, drawing: [] },
			{ ...ok, drawing: [[[0, 1], [0]]] },
			{
				...ok,
				drawing: [
					[
						[0, 256],
						[0, 1]
					]
				]
			},
			{ ...ok, drawing: [[[0.5], [1]]] },
			{ ...ok, drawing: Array(81).fill([[0], [0]]) },
			{ ...ok, drawing: Array(10).fill([Array(500).fill(1), Array(500).fill(1)]) }
		])
			expect(newDoodleSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
	});

	it('labels a class cow by its drawer, else by the majority of votes', () => {
		expect(classLabel('spotted', { spotted: 0, plain: 5 })).toBe('spotted');
		expect(classLabel(null, { spotted: 2, plain: 1 })).toBe('spotted');
		expect(classLabel(null, { spotted: 1, plain: 3 })).toBe('plain');
		expect(classLabel(null, { spotted: 2, plain: 2 })).toBeNull();
		expect(classLabel(null, { spotted: 0, plain: 0 })).toBeNull();
	});
});
