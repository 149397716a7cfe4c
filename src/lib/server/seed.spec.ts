import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { eq } from 'drizzle-orm';
import { progressEvents, users } from './db/schema';
import { listClasses, listStudents } from './classes';
import { listAssignments } from './assignments';
import { createTestDb } from './testing/test-db';
import { seedDemoContent } from './seed';
import { config } from './config';
import { logIn } from './accounts';
import { teacherSeats, trainingFunnel, trainingTotals, upcomingSessions } from './training-views';
import { first } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await createTestDb()));
afterEach(async () => {
	await cleanup();
});

describe('demo content', () => {
	it('seeds a teacher and an organizer on an empty database, once, with working log-ins', async () => {
		const logins = await seedDemoContent(db);
		expect(logins?.map((l) => l.role)).toEqual(['teacher', 'organizer']);
		expect((await db.select({ role: users.role }).from(users)).map((u) => u.role).sort()).toEqual([
			'organizer',
			'teacher'
		]);
		for (const login of logins!) {
			expect(login.password).toMatch(/^demo-[a-z2-7]{15}$/);
			expect((await logIn(db, login, { ip: '127.0.0.1', device: null })).ok).toBe(true);
		}
		expect(await seedDemoContent(db)).toBeNull();
		expect(await db.select().from(users)).toHaveLength(2);
	});

	it('gives the demo teacher a class with a roster and "What is AI?" assigned, and no invented work', async () => {
		const logins = await seedDemoContent(db);
		const teacher = (await first(db.select().from(users).where(eq(users.role, 'teacher'))))!;
		const [demoClass] = await listClasses(db, teacher.id);
		expect(demoClass).toMatchObject({ name: 'Demo class', band: '3-5' });
		expect(logins?.find((l) => l.role === 'teacher')?.joinCode).toBe(demoClass!.joinCode);
		expect(await listStudents(db, demoClass!.id)).toHaveLength(8);
		expect((await listAssignments(db, demoClass!.id)).map((a) => a.moduleSlug)).toEqual([
			'what-is-ai'
		]);
		expect(await db.select().from(progressEvents)).toEqual([]);
	});

	it('uses DEMO_PASSWORD when given', async () => {
		const logins = await seedDemoContent(db, 'a-chosen-demo-pass');
		expect(logins?.every((l) => l.password === 'a-chosen-demo-pass')).toBe(true);
	});
});

describe('when demo content is seeded', () => {
	const saved = { NODE_ENV: process.env.NODE_ENV, SEED_DEMO: process.env.SEED_DEMO };
	afterEach(() => {
		for (const [key, value] of Object.entries(saved)) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	});

	it('outside production by default, never in production unless SEED_DEMO=1', () => {
		delete process.env.SEED_DEMO;
		process.env.NODE_ENV = 'development';
		expect(config.seedDemo).toBe(true);
		process.env.NODE_ENV = 'production';
		expect(config.seedDemo).toBe(false);
		process.env.SEED_DEMO = '1';
		expect(config.seedDemo).toBe(true);
		process.env.NODE_ENV = 'development';
		process.env.SEED_DEMO = '0';
		expect(config.seedDemo).toBe(false);
	});

	it('rejects a malformed numeric setting with a clear message', () => {
		process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = 'five';
		try {
			expect(() => config.loginMaxFailuresPerAccount).toThrow(
				'LOGIN_MAX_FAILURES_PER_ACCOUNT must be a positive integer, got "five"'
			);
		} finally {
			delete process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT;
		}
	});

	it('gives the demo teacher real professional development: a seat, and a session attended', async () => {
		await seedDemoContent(db, 'demo-pass-123');
		const teacher = (await first(db.select().from(users).where(eq(users.role, 'teacher'))))!;
		const seats = await teacherSeats(db, teacher.id);
		expect(seats.map((row) => [row.session.title, row.seat.status, !!row.seat.attendedAt])).toEqual(
			[
				['What is AI? A first hour for teachers', 'registered', true],
				['Teaching GANs and deepfakes', 'registered', false]
			]
		);
		expect((await upcomingSessions(db)).map((session) => session.language).sort()).toEqual([
			'en',
			'es'
		]);
		expect(await trainingTotals(db)).toMatchObject({ sessions: 3, attended: 1, hours: 1.5 });
		expect(await trainingFunnel(db)).toEqual({
			trained: 1,
			createdClass: 1,
			assignedModule: 1,
			studentsCompleted: 0
		});
	});
});
