import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { students, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { createClass } from './classes';
import { realCowLabels, voteOnRealCow } from './real-labels';
import type { RealDoodle } from './quickdraw-set';

let db: AppDatabase;
let cleanup: () => void;
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
const person = (id: string, classId: string) => {
	db.insert(students).values({ id, classId, displayName: id }).run();
	return { id, classId };
};

beforeEach(() => {
	({ db, cleanup } = createTestDb());
	db.insert(users)
		.values({ id: 't', email: 't@x.org', name: 't', passwordHash: 'x', country: 'US', school: 'S' })
		.run();
});
afterEach(() => cleanup());

describe('the class labels real cows nobody labelled', () => {
	it('by majority, per class, each student voting once per cow', () => {
		const a = createClass(db, 't', { name: 'A', band: '6-8' });
		const b = createClass(db, 't', { name: 'B', band: '6-8' });
		const [ana, ben, cy] = ['ana', 'ben', 'cy'].map((id) => person(id, a.id));
		const zed = person('zed', b.id);
		expect(realCowLabels(db, ana!, items).toLabel.map((item) => item.id)).toEqual([
			'quickdraw:cow:0',
			'quickdraw:cow:1'
		]);
		expect(voteOnRealCow(db, ana!, items, 'quickdraw:cow:0', 'spotted')).toBe(true);
		expect(voteOnRealCow(db, ben!, items, 'quickdraw:cow:0', 'plain')).toBe(true);
		expect(voteOnRealCow(db, cy!, items, 'quickdraw:cow:0', 'plain')).toBe(true);
		expect(voteOnRealCow(db, cy!, items, 'quickdraw:cow:1', 'skip')).toBe(true);
		// Ana changes her mind: still one vote each.
		expect(voteOnRealCow(db, ana!, items, 'quickdraw:cow:0', 'plain')).toBe(true);
		expect(realCowLabels(db, ana!, items)).toEqual({
			labels: { 'quickdraw:cow:0': 'plain' },
			toLabel: [{ id: 'quickdraw:cow:1', drawing }]
		});
		expect(realCowLabels(db, cy!, items).toLabel).toEqual([]);
		// Another class starts from nothing.
		expect(realCowLabels(db, zed, items)).toEqual({
			labels: {},
			toLabel: [
				{ id: 'quickdraw:cow:0', drawing },
				{ id: 'quickdraw:cow:1', drawing }
			]
		});
	});

	it('only for cows the server has without a label', () => {
		const a = createClass(db, 't', { name: 'A', band: '6-8' });
		const ana = person('ana', a.id);
		for (const key of [
			'quickdraw:cow:2',
			'quickdraw:pig:0',
			'quickdraw:cow:9',
			'class:x',
			'quickdraw:cow:'
		])
			expect(voteOnRealCow(db, ana, items, key, 'plain'), key).toBe(false);
		expect(realCowLabels(db, ana, items).labels).toEqual({});
	});
});
