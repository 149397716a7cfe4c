import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { students, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { createClass } from './classes';
import { realCowLabels, voteOnRealCow } from './real-labels';
import type { RealDoodle } from './quickdraw-set';
import { run } from './db/query';
import { inOrder } from './testing/in-order';

let db: AppDatabase;
let cleanup: () => Promise<void>;
const drawing = [
	[
		[0, 9],
		[0, 9]
	]
] as RealDoodle['drawing'];
const items: RealDoodle[] = [
	{ key: 'quickdraw:cow:0', animal: 'cow', subgroup: null, drawing },
	{ key: 'quickdraw:cow:1', animal: 'cow', subgroup: null, drawing },
	{ key: 'quickdraw:cow:2', animal: 'cow', subgroup: 'spotted', drawing },
	{ key: 'quickdraw:pig:0', animal: 'pig', subgroup: null, drawing }
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

describe('the class labels real cows nobody labelled', () => {
	it('by majority, per class, each student voting once per cow', async () => {
		const a = await createClass(db, 't', { name: 'A', band: '6-8' });
		const b = await createClass(db, 't', { name: 'B', band: '6-8' });
		const [ana, ben, cy] = await inOrder(['ana', 'ben', 'cy'], (id) => person(id, a.id));
		const zed = await person('zed', b.id);
		expect((await realCowLabels(db, ana!, items)).toLabel.map((item) => item.id)).toEqual([
			'quickdraw:cow:0',
			'quickdraw:cow:1'
		]);
		expect(await voteOnRealCow(db, ana!, items, 'quickdraw:cow:0', 'spotted')).toBe(true);
		expect(await voteOnRealCow(db, ben!, items, 'quickdraw:cow:0', 'plain')).toBe(true);
		expect(await voteOnRealCow(db, cy!, items, 'quickdraw:cow:0', 'plain')).toBe(true);
		expect(await voteOnRealCow(db, cy!, items, 'quickdraw:cow:1', 'skip')).toBe(true);
		// Ana changes her mind: still one vote each.
		expect(await voteOnRealCow(db, ana!, items, 'quickdraw:cow:0', 'plain')).toBe(true);
		expect(await realCowLabels(db, ana!, items)).toEqual({
			labels: { 'quickdraw:cow:0': 'plain' },
			toLabel: [{ id: 'quickdraw:cow:1', drawing }]
		});
		expect((await realCowLabels(db, cy!, items)).toLabel).toEqual([]);
		// Another class starts from nothing.
		expect(await realCowLabels(db, zed, items)).toEqual({
			labels: {},
			toLabel: [
				{ id: 'quickdraw:cow:0', drawing },
				{ id: 'quickdraw:cow:1', drawing }
			]
		});
	});

	it('only for cows the server has without a label', async () => {
		const a = await createClass(db, 't', { name: 'A', band: '6-8' });
		const ana = await person('ana', a.id);
		for (const key of [
			'quickdraw:cow:2',
			'quickdraw:pig:0',
			'quickdraw:cow:9',
			'class:x',
			'quickdraw:cow:'
		])
			expect(await voteOnRealCow(db, ana, items, key, 'plain'), key).toBe(false);
		expect((await realCowLabels(db, ana, items)).labels).toEqual({});
	});
});
