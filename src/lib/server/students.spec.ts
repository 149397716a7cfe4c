import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { users, type Class } from './db/schema';
import { createTestDb } from './testing/test-db';
import { addRoster, createClass, listStudents, setArchived } from './classes';
import {
	PICTURE_STUDENT_RULE,
	addStudentByName,
	checkPicturePassword,
	completeFirstJoin,
	getStudentInClass,
	joinWithNewName,
	MAX_STUDENTS_PER_CLASS,
	NEW_NAMES_PER_CLASS_RULE,
	resetPicturePassword,
	rosterForJoin
} from './students';
import {
	STUDENT_SESSION_LIFETIME_MS,
	createStudentSession,
	validateStudentSessionToken
} from './auth/student-session';
import { generateSessionToken } from './auth/session';
import { PICTURES, pictureEmoji } from '../classes/pictures';

let db: AppDatabase;
let cleanup: () => void;
let klass: Class;
let seq = 0;
const random = (max: number) => seq++ % max;

beforeEach(() => {
	({ db, cleanup } = createTestDb());
	db.insert(users)
		.values({ id: 't', email: 't@x.org', name: 'T', passwordHash: 'x', country: 'US', school: 'S' })
		.run();
	klass = createClass(db, 't', { name: 'Room 12', band: '3-5' });
	addRoster(db, klass, ['Ana', 'Ben']);
	seq = 0;
});
afterEach(() => cleanup());

const ana = () => listStudents(db, klass.id).find((s) => s.displayName === 'Ana')!;
const anaRow = () => getStudentInClass(db, klass.id, ana().id)!;

describe('joining a class', () => {
	it('gives a first-time student an avatar and a picture password, once', () => {
		const password = completeFirstJoin(db, anaRow(), 'fox', random);
		expect(password).toMatch(/^[a-z]+-[a-z]+-[a-z]+$/);
		expect(new Set(password!.split('-')).size).toBe(3);
		expect(pictureEmoji(password!).every((e) => Object.values(PICTURES).includes(e as never))).toBe(
			true
		);
		expect(anaRow().avatar).toBe('fox');
		// A second "first join" (someone else tapping Ana's name) gets nothing.
		expect(completeFirstJoin(db, anaRow(), 'cat', random)).toBeNull();
		expect(anaRow().avatar).toBe('fox');
		expect(rosterForJoin(db, klass.id).map((s) => [s.displayName, s.returning])).toEqual([
			['Ana', true],
			['Ben', false]
		]);
	});

	it('adds a new name unless it is already in the class', () => {
		expect(addStudentByName(db, klass, 'Zed').ok).toBe(true);
		expect(addStudentByName(db, klass, 'ana')).toEqual({ ok: false, error: 'name_taken' });
		expect(listStudents(db, klass.id)).toHaveLength(3);
	});

	it('checks picture passwords and slows down guessing per student', () => {
		const password = completeFirstJoin(db, anaRow(), 'fox', random)!;
		const wrong = password.split('-').reverse().join('-');
		const now = new Date('2026-11-25T09:00:00Z');
		expect(checkPicturePassword(db, anaRow(), password, '10.0.0.1', now)).toEqual({ ok: true });
		for (let i = 1; i < PICTURE_STUDENT_RULE.max; i++) {
			expect(checkPicturePassword(db, anaRow(), wrong, `10.0.0.${i}`, now)).toEqual({
				ok: false,
				reason: 'wrong'
			});
		}
		expect(checkPicturePassword(db, anaRow(), wrong, '10.0.0.9', now)).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		expect(checkPicturePassword(db, anaRow(), password, '10.0.0.9', now)).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		const later = new Date(now.getTime() + PICTURE_STUDENT_RULE.windowMs);
		expect(checkPicturePassword(db, anaRow(), password, '10.0.0.9', later)).toEqual({ ok: true });
	});

	it('lets the teacher reset a forgotten picture password, only in their class', () => {
		completeFirstJoin(db, anaRow(), 'fox', random);
		const other = createClass(db, 't', { name: 'Other', band: '6-8' });
		expect(resetPicturePassword(db, other, ana().id)).toBe(false);
		expect(anaRow().picturePassword).not.toBeNull();
		expect(resetPicturePassword(db, klass, ana().id)).toBe(true);
		expect(anaRow().picturePassword).toBeNull();
		expect(completeFirstJoin(db, anaRow(), 'owl', random)).not.toBeNull();
	});
});

describe('student sessions', () => {
	it('identify the student and their class, and end with the class archived or the time up', () => {
		const token = generateSessionToken();
		const start = new Date('2026-11-25T08:00:00Z');
		createStudentSession(db, token, ana().id, start);
		const found = validateStudentSessionToken(db, token, new Date(start.getTime() + 1000));
		expect(found?.student).toMatchObject({
			displayName: 'Ana',
			className: 'Room 12',
			band: '3-5',
			joinCode: klass.joinCode
		});
		expect(validateStudentSessionToken(db, generateSessionToken(), start)).toBeNull();
		expect(
			validateStudentSessionToken(
				db,
				token,
				new Date(start.getTime() + STUDENT_SESSION_LIFETIME_MS)
			)
		).toBeNull();

		const second = generateSessionToken();
		createStudentSession(db, second, ana().id, start);
		setArchived(db, klass, true);
		expect(validateStudentSessionToken(db, second, new Date(start.getTime() + 1000))).toBeNull();
	});

	it('slide while the student keeps working', () => {
		const token = generateSessionToken();
		const start = new Date('2026-11-25T08:00:00Z');
		createStudentSession(db, token, ana().id, start);
		const later = new Date(start.getTime() + 2 * 60 * 60 * 1000);
		const found = validateStudentSessionToken(db, token, later);
		expect(found?.renewed).toBe(true);
		expect(found?.expiresAt.getTime()).toBe(later.getTime() + STUDENT_SESSION_LIFETIME_MS);
	});
});

describe('joining with a new name through the code', () => {
	it('lets a whole class join at once, then slows a flood of new names per class', () => {
		const now = new Date('2026-11-25T09:00:00Z');
		for (let i = 0; i < NEW_NAMES_PER_CLASS_RULE.max; i++)
			expect(joinWithNewName(db, klass, `Kid ${i}`, now).ok).toBe(true);
		const refused = joinWithNewName(db, klass, 'One more', now);
		expect(refused).toEqual({
			ok: false,
			error: 'rate_limited',
			retryAfterMs: NEW_NAMES_PER_CLASS_RULE.windowMs
		});
		expect(listStudents(db, klass.id)).toHaveLength(2 + NEW_NAMES_PER_CLASS_RULE.max);
		// Another class is not affected; and after the window the class is open again.
		const other = createClass(db, 't', { name: 'Room 13', band: '3-5' });
		expect(joinWithNewName(db, other, 'Zed', now).ok).toBe(true);
		const later = new Date(now.getTime() + NEW_NAMES_PER_CLASS_RULE.windowMs);
		expect(joinWithNewName(db, klass, 'One more', later).ok).toBe(true);
		// A name already taken is refused and not counted.
		expect(joinWithNewName(db, klass, 'one MORE', later)).toEqual({
			ok: false,
			error: 'name_taken'
		});
	});

	it('stops at the class size limit', () => {
		addRoster(
			db,
			klass,
			Array.from({ length: MAX_STUDENTS_PER_CLASS - 2 }, (_, i) => `Student ${i}`)
		);
		expect(listStudents(db, klass.id)).toHaveLength(MAX_STUDENTS_PER_CLASS);
		expect(addStudentByName(db, klass, 'Extra')).toEqual({ ok: false, error: 'class_full' });
	});
});
