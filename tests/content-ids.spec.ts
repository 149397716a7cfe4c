import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODULES } from '#lib/curriculum';
import { ID_RENAMES, contentIds, idSnapshotProblems, updatedIdSnapshot } from '#lib/curriculum/ids';

const snapshotFile = 'src/lib/curriculum/ids.snapshot.json';
const current = contentIds(MODULES);

// `npm run ids:snapshot` runs this file with UPDATE_ID_SNAPSHOT=1 to take in new ids.
if (process.env.UPDATE_ID_SNAPSHOT) {
	const before = JSON.parse(readFileSync(snapshotFile, 'utf8')) as string[];
	writeFileSync(
		snapshotFile,
		JSON.stringify(updatedIdSnapshot(before, current, ID_RENAMES), null, '\t') + '\n'
	);
}
const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as string[];

describe('the ids stored progress points at', () => {
	it('match the committed snapshot, renamed only through id-renames.json', () => {
		expect(idSnapshotProblems(snapshot, current, ID_RENAMES)).toEqual([]);
		expect(snapshot).toContain('what-is-ai/3-5/spot-the-ai/hook');
		expect(snapshot.length).toBeGreaterThan(100);
	});

	const ids = ['m', 'm/3-5', 'm/3-5/l', 'm/3-5/l/intro', 'm/3-5/l/quiz', 'm/3-5/l/quiz/q1'];

	it('fail when a step is renamed or removed without a rename', () => {
		const renamed = ids.map((id) => id.replace('/intro', '/welcome'));
		expect(idSnapshotProblems(ids, renamed, [])).toEqual([
			'step "m/3-5/l/intro" is gone: stored progress points at it. Restore it, or add {"from": "m/3-5/l/intro", "to": "<new id>"} to src/lib/curriculum/id-renames.json',
			'1 new ids are not in the snapshot (m/3-5/l/welcome): run "npm run ids:snapshot"'
		]);
		expect(() => updatedIdSnapshot(ids, renamed, [])).toThrow('step "m/3-5/l/intro" is gone');
		const removed = ids.filter((id) => !id.endsWith('/q1'));
		expect(idSnapshotProblems(ids, removed, [])).toEqual([
			'question "m/3-5/l/quiz/q1" is gone: stored progress points at it. Restore it, or add {"from": "m/3-5/l/quiz/q1", "to": "<new id>"} to src/lib/curriculum/id-renames.json'
		]);
	});

	it('pass with a rename map, once the snapshot has taken in the new id', () => {
		const renamed = ids.map((id) => id.replace('/intro', '/welcome'));
		const renames = [{ from: 'm/3-5/l/intro', to: 'm/3-5/l/welcome' }];
		const next = updatedIdSnapshot(ids, renamed, renames);
		expect(next).toContain('m/3-5/l/welcome');
		expect(next).not.toContain('m/3-5/l/intro');
		expect(idSnapshotProblems(next, renamed, renames)).toEqual([]);
		expect(
			idSnapshotProblems(ids, renamed, [{ from: 'm/3-5/l/intro', to: 'm/3-5/l/hello' }])
		).toContain('step "m/3-5/l/intro" is renamed to "m/3-5/l/hello", which does not exist');
		expect(
			idSnapshotProblems(ids, ids.slice(0, -1), [{ from: 'm/3-5/l/quiz/q1', to: null }])
		).toEqual([]);
	});

	it('let new ids in through the snapshot command alone', () => {
		const added = [...ids, 'm/3-5/l/extra'];
		expect(idSnapshotProblems(ids, added, [])).toEqual([
			'1 new ids are not in the snapshot (m/3-5/l/extra): run "npm run ids:snapshot"'
		]);
		expect(updatedIdSnapshot(ids, added, [])).toEqual([...added].sort());
	});
});
