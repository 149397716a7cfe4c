import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { users, type Class } from './db/schema';
import { createTestDb } from './testing/test-db';
import { addRoster, createClass, listStudents, setArchived } from './classes';
import {
	addStudentByName,
	checkPicturePassword,
	completeFirstJoin,
	getStudentInClass,
	joinWithNewName,
	MAX_STUDENTS_PER_CLASS,
	ownPicturePassword,
	resetPicturePassword,
	rosterForJoin
} from './students';
import {
	STUDENT_SESSION_LIFETIME_MS,
	createStudentSession,
	validateStudentSessionToken
} from './auth/student-session';
import { generateSessionToken } from './auth/session';
import { PICTURES, PICTURE_PASSWORD_COUNT, pictureEmoji } from '../classes/pictures';
import {
	JOIN_RULES,
	codeCounters,
	countTry,
	trustDevice,
	waitFor,
	type Requester
} from './join-guard';
import { run } from './db/query';

const PICTURE_STUDENT_RULE = JOIN_RULES.picturePerStudentOnDevice;
const NEW_NAMES_PER_CLASS_RULE = JOIN_RULES.newNamesPerClass;
/** A tablet at a school: one IP address for the whole school, its own device cookie. */
const tablet = (n: number | string, ip = '203.0.113.7'): Requester => ({
	ip,
	device: `device-${n}`
});

let db: AppDatabase;
let cleanup: () => Promise<void>;
let klass: Class;
let seq = 0;
const random = (max: number) => seq++ % max;

beforeEach(async () => {
	({ db, cleanup } = await createTestDb());
	await run(
		db.insert(users).values({
			id: 't',
			email: 't@x.org',
			name: 'T',
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
	);
	klass = await createClass(db, 't', { name: 'Room 12', band: '3-5' });
	await addRoster(db, klass, ['Ana', 'Ben']);
	seq = 0;
});
afterEach(() => cleanup());

const ana = async () => (await listStudents(db, klass.id)).find((s) => s.displayName === 'Ana')!;
const anaRow = async () => (await getStudentInClass(db, klass.id, (await ana()).id))!;

describe('joining a class', () => {
	it('gives a first-time student an avatar and a picture password, once', async () => {
		const password = await completeFirstJoin(db, await anaRow(), 'fox', random);
		expect(password).toMatch(/^[a-z]+-[a-z]+-[a-z]+$/);
		expect(new Set(password!.split('-')).size).toBe(3);
		expect(pictureEmoji(password!).every((e) => Object.values(PICTURES).includes(e as never))).toBe(
			true
		);
		expect((await anaRow()).avatar).toBe('fox');
		expect(await ownPicturePassword(db, (await ana()).id)).toBe(password);
		// A second "first join" (someone else tapping Ana's name) gets nothing.
		expect(await completeFirstJoin(db, await anaRow(), 'cat', random)).toBeNull();
		expect((await anaRow()).avatar).toBe('fox');
		expect((await rosterForJoin(db, klass.id)).map((s) => [s.displayName, s.returning])).toEqual([
			['Ana', true],
			['Ben', false]
		]);
	});

	it('adds a new name unless it is already in the class', async () => {
		expect((await addStudentByName(db, klass, 'Zed')).ok).toBe(true);
		expect(await addStudentByName(db, klass, 'ana')).toEqual({ ok: false, error: 'name_taken' });
		expect(await listStudents(db, klass.id)).toHaveLength(3);
	});

	it('checks picture passwords and slows down guessing per student', async () => {
		const password = (await completeFirstJoin(db, await anaRow(), 'fox', random))!;
		const wrong = password.split('-').reverse().join('-');
		const now = new Date('2026-11-25T09:00:00Z');
		expect(await checkPicturePassword(db, await anaRow(), password, tablet(1), now)).toEqual({
			ok: true
		});
		for (let i = 1; i < PICTURE_STUDENT_RULE.max; i++) {
			expect(await checkPicturePassword(db, await anaRow(), wrong, tablet(1), now)).toEqual({
				ok: false,
				reason: 'wrong'
			});
		}
		expect(await checkPicturePassword(db, await anaRow(), wrong, tablet(1), now)).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		expect(await checkPicturePassword(db, await anaRow(), password, tablet(1), now)).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		const later = new Date(now.getTime() + PICTURE_STUDENT_RULE.windowMs);
		expect(await checkPicturePassword(db, await anaRow(), password, tablet(1), later)).toEqual({
			ok: true
		});
	});

	it('lets the teacher reset a forgotten picture password, only in their class', async () => {
		await completeFirstJoin(db, await anaRow(), 'fox', random);
		const other = await createClass(db, 't', { name: 'Other', band: '6-8' });
		expect(await resetPicturePassword(db, other, (await ana()).id)).toBe(false);
		expect((await anaRow()).picturePassword).not.toBeNull();
		expect(await resetPicturePassword(db, klass, (await ana()).id)).toBe(true);
		expect((await anaRow()).picturePassword).toBeNull();
		expect(await completeFirstJoin(db, await anaRow(), 'owl', random)).not.toBeNull();
	});
});

describe('student sessions', () => {
	it('identify the student and their class, and end with the class archived or the time up', async () => {
		const token = generateSessionToken();
		const start = new Date('2026-11-25T08:00:00Z');
		await createStudentSession(db, token, (await ana()).id, start);
		const found = await validateStudentSessionToken(db, token, new Date(start.getTime() + 1000));
		expect(found?.student).toMatchObject({
			displayName: 'Ana',
			className: 'Room 12',
			band: '3-5',
			joinCode: klass.joinCode
		});
		expect(await validateStudentSessionToken(db, generateSessionToken(), start)).toBeNull();
		expect(
			await validateStudentSessionToken(
				db,
				token,
				new Date(start.getTime() + STUDENT_SESSION_LIFETIME_MS)
			)
		).toBeNull();

		const second = generateSessionToken();
		await createStudentSession(db, second, (await ana()).id, start);
		await setArchived(db, klass, true);
		expect(
			await validateStudentSessionToken(db, second, new Date(start.getTime() + 1000))
		).toBeNull();
	});

	it('slide while the student keeps working', async () => {
		const token = generateSessionToken();
		const start = new Date('2026-11-25T08:00:00Z');
		await createStudentSession(db, token, (await ana()).id, start);
		const later = new Date(start.getTime() + 2 * 60 * 60 * 1000);
		const found = await validateStudentSessionToken(db, token, later);
		expect(found?.renewed).toBe(true);
		expect(found?.expiresAt.getTime()).toBe(later.getTime() + STUDENT_SESSION_LIFETIME_MS);
	});
});

describe('student session lifetime', () => {
	const HOUR = 60 * 60 * 1000;
	it('is 12 hours without use, and slides while in use', async () => {
		expect(STUDENT_SESSION_LIFETIME_MS).toBe(12 * HOUR);
		const start = new Date('2026-11-25T08:00:00Z');
		const at = (ms: number) => new Date(start.getTime() + ms);
		// One session per check of the end: a check more than an hour in renews the session.
		const [aliveAtEnd, goneAtEnd, used] = [1, 2, 3].map(() => generateSessionToken()) as [
			string,
			string,
			string
		];
		for (const token of [aliveAtEnd, goneAtEnd, used])
			await createStudentSession(db, token, (await ana()).id, start);

		// Used 11 hours in: it renews to 12 hours from then, past the first 12 hours.
		expect((await validateStudentSessionToken(db, used, at(11 * HOUR)))?.expiresAt.getTime()).toBe(
			start.getTime() + 23 * HOUR
		);
		expect(await validateStudentSessionToken(db, aliveAtEnd, at(12 * HOUR - 1000))).not.toBeNull();
		expect(await validateStudentSessionToken(db, goneAtEnd, at(12 * HOUR))).toBeNull();
		expect(await validateStudentSessionToken(db, used, at(22 * HOUR))).not.toBeNull();
		// Renewed at 22 h to 34 h; unused after that, it ends at 34 h.
		expect(await validateStudentSessionToken(db, used, at(34 * HOUR))).toBeNull();
	});
});

describe('joining with a new name through the code', () => {
	it('lets a whole class join at once, then slows a flood of new names per class', async () => {
		const now = new Date('2026-11-25T09:00:00Z');
		// Each child on their own new tablet (the class does not know them yet), one school IP.
		for (let i = 0; i < NEW_NAMES_PER_CLASS_RULE.max; i++)
			expect((await joinWithNewName(db, klass, `Kid ${i}`, tablet(i), now)).ok).toBe(true);
		const refused = await joinWithNewName(db, klass, 'One more', tablet('x'), now);
		expect(refused).toEqual({
			ok: false,
			error: 'rate_limited',
			retryAfterMs: NEW_NAMES_PER_CLASS_RULE.windowMs
		});
		expect(await listStudents(db, klass.id)).toHaveLength(2 + NEW_NAMES_PER_CLASS_RULE.max);
		// Another class is not affected; and after the window the class is open again.
		const other = await createClass(db, 't', { name: 'Room 13', band: '3-5' });
		expect((await joinWithNewName(db, other, 'Zed', tablet('y'), now)).ok).toBe(true);
		const later = new Date(now.getTime() + NEW_NAMES_PER_CLASS_RULE.windowMs);
		expect((await joinWithNewName(db, klass, 'One more', tablet('x'), later)).ok).toBe(true);
		// A name already taken is refused and not counted.
		expect(await joinWithNewName(db, klass, 'one MORE', tablet('x'), later)).toEqual({
			ok: false,
			error: 'name_taken'
		});
	});

	it('stops at the class size limit', async () => {
		await addRoster(
			db,
			klass,
			Array.from({ length: MAX_STUDENTS_PER_CLASS - 2 }, (_, i) => `Student ${i}`)
		);
		expect(await listStudents(db, klass.id)).toHaveLength(MAX_STUDENTS_PER_CLASS);
		expect(await addStudentByName(db, klass, 'Extra')).toEqual({ ok: false, error: 'class_full' });
	});
});

describe('one school behind one IP address is not one attacker', () => {
	const now = new Date('2026-11-25T09:00:00Z');
	const ben = async () =>
		(await getStudentInClass(db, klass.id, (await listStudents(db, klass.id))[1]!.id))!;

	it("one child's wrong pictures lock only that child", async () => {
		const anaPassword = (await completeFirstJoin(db, await anaRow(), 'fox', random))!;
		const benPassword = (await completeFirstJoin(db, await ben(), 'owl', random))!;
		for (let i = 0; i < PICTURE_STUDENT_RULE.max; i++)
			await checkPicturePassword(db, await anaRow(), benPassword, tablet(1), now);
		expect(
			await checkPicturePassword(db, await anaRow(), anaPassword, tablet(1), now)
		).toMatchObject({
			reason: 'rate_limited'
		});
		// Ben, on the same tablet and the same school IP, still gets in.
		expect(await checkPicturePassword(db, await ben(), benPassword, tablet(1), now)).toEqual({
			ok: true
		});
	});

	it("a prankster's tablet locks itself; the class's other tablets keep working", async () => {
		const anaPassword = (await completeFirstJoin(db, await anaRow(), 'fox', random))!;
		const benPassword = (await completeFirstJoin(db, await ben(), 'owl', random))!;
		const wrongFor = (password: string) => password.split('-').reverse().join('-');
		for (let i = 0; i < JOIN_RULES.picturePerDevice.max; i++) {
			const target = i % 2 ? await anaRow() : await ben();
			await checkPicturePassword(
				db,
				target,
				wrongFor(target.picturePassword!),
				tablet('prank'),
				now
			);
		}
		expect(
			await checkPicturePassword(db, await ben(), benPassword, tablet('prank'), now)
		).toMatchObject({
			reason: 'rate_limited'
		});
		// Ana and Ben, whose pictures the prankster tried, still sign in on their own tablets.
		expect(await checkPicturePassword(db, await ben(), benPassword, tablet(2), now)).toEqual({
			ok: true
		});
		expect(await checkPicturePassword(db, await anaRow(), anaPassword, tablet(3), now)).toEqual({
			ok: true
		});
	});

	it("a stranger without cookies hits the class's ceiling, while the class's own tablets still sign in", async () => {
		const benPassword = (await completeFirstJoin(db, await ben(), 'owl', random))!;
		await trustDevice(db, 'device-classroom', klass.id, now);
		await addRoster(
			db,
			klass,
			Array.from({ length: 40 }, (_, i) => `Kid ${i}`)
		);
		const kids = (await listStudents(db, klass.id)).filter((s) => s.displayName.startsWith('Kid'));
		for (const kid of kids)
			await completeFirstJoin(db, (await getStudentInClass(db, klass.id, kid.id))!, 'cat', random);
		let refusedAt = -1;
		for (let i = 0; i < kids.length; i++) {
			const kid = (await getStudentInClass(db, klass.id, kids[i]!.id))!;
			// A fresh "device" every try: cookies cleared, from addresses all over the world.
			const stranger = { ip: `198.51.100.${i}`, device: null };
			const result = await checkPicturePassword(db, kid, 'apple-apple-apple', stranger, now);
			if (!result.ok && result.reason === 'rate_limited') {
				refusedAt = i;
				break;
			}
		}
		expect(refusedAt).toBe(JOIN_RULES.picturePerClass.max - 1);
		expect(
			await checkPicturePassword(
				db,
				await ben(),
				benPassword,
				{ ip: '203.0.113.7', device: 'device-classroom' },
				now
			)
		).toEqual({ ok: true });
		// A tablet the class has not seen yet is refused until the window ends.
		expect(
			await checkPicturePassword(db, await ben(), benPassword, tablet('new'), now)
		).toMatchObject({
			reason: 'rate_limited'
		});
	});

	it('makes guessing any classmate of a class of 30 impractical: the figure in the README', () => {
		expect(PICTURE_PASSWORD_COUNT).toBe(16 * 15 * 14);
		// Per class, wrong tries from tablets it does not know are capped per day; per student
		// per 10 minutes. An attacker's expected number of tries to hit any one of 30 classmates
		// is the number of passwords (each try has 1 chance in 3,360).
		const perDay = Math.min(
			JOIN_RULES.picturePerClassPerDay.max,
			(JOIN_RULES.picturePerClass.max * 24 * 60 * 60_000) / JOIN_RULES.picturePerClass.windowMs,
			(30 * JOIN_RULES.picturePerStudent.max * 24 * 60 * 60_000) /
				JOIN_RULES.picturePerStudent.windowMs
		);
		const expectedDays = PICTURE_PASSWORD_COUNT / perDay;
		expect(perDay).toBe(150);
		expect(Math.round(expectedDays)).toBe(22);
	});

	it('wrong join codes lock one tablet, and the school only far later', async () => {
		for (let i = 0; i < JOIN_RULES.codePerDevice.max; i++)
			await countTry(db, codeCounters(tablet(1)), now);
		expect(await waitFor(db, codeCounters(tablet(1)), now)).toBeGreaterThan(0);
		expect(await waitFor(db, codeCounters(tablet(2)), now)).toBe(0);
		for (let i = 0; i < JOIN_RULES.codePerIp.max; i++)
			await countTry(db, codeCounters(tablet(100 + (i % 50))), now);
		expect(await waitFor(db, codeCounters(tablet(3)), now)).toBeGreaterThan(0);
		expect(await waitFor(db, codeCounters(tablet(3, '192.0.2.1')), now)).toBe(0);
	});

	it('new names: one tablet adding many is stopped; its classmates on other tablets are not', async () => {
		for (let i = 0; i < JOIN_RULES.newNamesPerDevice.max; i++)
			expect((await joinWithNewName(db, klass, `Fake ${i}`, tablet('prank'), now)).ok).toBe(true);
		expect(await joinWithNewName(db, klass, 'Fake more', tablet('prank'), now)).toMatchObject({
			error: 'rate_limited'
		});
		expect((await joinWithNewName(db, klass, 'Real kid', tablet(5), now)).ok).toBe(true);
	});
});
