import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { classes, studentSessions, students, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import {
	addRoster,
	createClass,
	deleteClass,
	findClassByCode,
	getOwnedClass,
	listClasses,
	listStudents,
	regenerateJoinCode,
	renameClass,
	setArchived
} from './classes';
import { rosterSchema } from '../validation/classes';
import { MAX_STUDENTS_PER_CLASS, addStudentByName } from './students';
import { run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	for (const id of ['teacher-a', 'teacher-b']) {
		await run(
			db.insert(users).values({
				id,
				email: `${id}@x.org`,
				name: id,
				passwordHash: 'x',
				country: 'US',
				school: 'S'
			})
		);
	}
});
afterEach(() => cleanup());

describe('classes', () => {
	it('belong to their teacher only', async () => {
		const mine = await createClass(db, 'teacher-a', { name: 'Room 12', band: '3-5' });
		expect((await getOwnedClass(db, 'teacher-a', mine.id))?.name).toBe('Room 12');
		expect(await getOwnedClass(db, 'teacher-b', mine.id)).toBeUndefined();
		expect(await listClasses(db, 'teacher-b')).toEqual([]);
		expect(await listClasses(db, 'teacher-a')).toEqual([
			{
				id: mine.id,
				name: 'Room 12',
				band: '3-5',
				joinCode: mine.joinCode,
				archived: false,
				students: 0
			}
		]);
	});

	it('can be renamed, archived (no joining) and given a new code', async () => {
		const klass = await createClass(db, 'teacher-a', { name: 'Room 12', band: '6-8' });
		await renameClass(db, klass, 'Room 14');
		expect((await findClassByCode(db, klass.joinCode))?.name).toBe('Room 14');
		const code = await regenerateJoinCode(db, klass);
		expect(code).not.toBe(klass.joinCode);
		expect(await findClassByCode(db, klass.joinCode)).toBeUndefined();
		expect((await findClassByCode(db, code))?.id).toBe(klass.id);
		await setArchived(db, klass, true);
		expect(await findClassByCode(db, code)).toBeUndefined();
		expect((await listClasses(db, 'teacher-a'))[0]?.archived).toBe(true);
		await setArchived(db, klass, false);
		expect((await findClassByCode(db, code))?.id).toBe(klass.id);
	});

	it('take a pasted roster once per name', async () => {
		const klass = await createClass(db, 'teacher-a', { name: 'Room 12', band: '3-5' });
		const roster = rosterSchema.parse({ roster: 'Ana\n\n  Ben  K.\nana\nCarla\r\n' }).roster;
		expect(roster).toEqual(['Ana', 'Ben K.', 'ana', 'Carla']);
		expect(await addRoster(db, klass, roster)).toEqual({ ok: true, added: 3 });
		expect(await addRoster(db, klass, ['Ben K.', 'Dev'])).toEqual({ ok: true, added: 1 });
		expect((await listStudents(db, klass.id)).map((s) => s.displayName)).toEqual([
			'Ana',
			'Ben K.',
			'Carla',
			'Dev'
		]);
		expect((await listClasses(db, 'teacher-a'))[0]?.students).toBe(4);
	});

	it('refuse rosters that are empty, too long or have long names', () => {
		expect(rosterSchema.safeParse({ roster: '\n \n' }).success).toBe(false);
		expect(rosterSchema.safeParse({ roster: 'x'.repeat(31) }).error?.issues[0]?.message).toBe(
			'name_too_long'
		);
		const many = Array.from({ length: 61 }, (_, i) => `S${i}`).join('\n');
		expect(rosterSchema.safeParse({ roster: many }).error?.issues[0]?.message).toBe(
			'roster_too_long'
		);
	});

	it('hold the 150-student cap on every path: a roster that would pass it is refused whole', async () => {
		const klass = await createClass(db, 'teacher-a', { name: 'Big', band: '3-5' });
		const names = (from: number, n: number) => Array.from({ length: n }, (_, i) => `S${from + i}`);
		expect(await addRoster(db, klass, names(0, 60))).toEqual({ ok: true, added: 60 });
		expect(await addRoster(db, klass, names(60, 60))).toEqual({ ok: true, added: 60 });
		expect(await addRoster(db, klass, names(120, 31))).toEqual({ ok: false, error: 'class_full' });
		expect(await listStudents(db, klass.id)).toHaveLength(120);
		// Names already in the class do not count twice.
		expect(await addRoster(db, klass, [...names(0, 20), ...names(120, 30)])).toEqual({
			ok: true,
			added: 30
		});
		expect(await listStudents(db, klass.id)).toHaveLength(MAX_STUDENTS_PER_CLASS);
		expect(await addStudentByName(db, klass, 'One more')).toEqual({
			ok: false,
			error: 'class_full'
		});
	});

	it('delete everything in them when deleted (cascade), and nothing else', async () => {
		const doomed = await createClass(db, 'teacher-a', { name: 'Doomed', band: '3-5' });
		const kept = await createClass(db, 'teacher-a', { name: 'Kept', band: '3-5' });
		await addRoster(db, doomed, ['Ana', 'Ben']);
		await addRoster(db, kept, ['Carla']);
		const ana = (await listStudents(db, doomed.id))[0]!;
		await run(
			db
				.insert(studentSessions)
				.values({ id: 'session-hash', studentId: ana.id, expiresAt: new Date(Date.now() + 60_000) })
		);

		await deleteClass(db, doomed);
		expect(await db.select().from(classes).where(eq(classes.id, doomed.id))).toEqual([]);
		expect(await db.select().from(students).where(eq(students.classId, doomed.id))).toEqual([]);
		expect(await db.select().from(studentSessions)).toEqual([]);
		expect((await listStudents(db, kept.id)).map((s) => s.displayName)).toEqual(['Carla']);
	});

	it('are deleted with their teacher', async () => {
		await createClass(db, 'teacher-b', { name: 'B', band: '9-12' });
		await run(db.delete(users).where(eq(users.id, 'teacher-b')));
		expect(await db.select().from(classes)).toEqual([]);
	});
});
