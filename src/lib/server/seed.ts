import { count } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { createUser } from './accounts';
import { assignModule } from './assignments';
import { addRoster, createClass } from './classes';
import type { AppDatabase } from './db/client';
import { users } from './db/schema';
import { createEvent, registerForEvent } from './events';
import { createSession, registerForSession } from './training';
import { markAttendance } from './training-attendance';
import { sessionRoster } from './training-views';
import type { SessionInput } from '../training/session-form';
import { zonedTimeToUtc } from '../registrations/event';
import { first } from './db/query';

export interface DemoLogin {
	role: 'teacher' | 'organizer';
	email: string;
	password: string;
	/** The demo teacher's class, ready for students to join. */
	joinCode?: string;
}

/** First names for the demo class roster: names a child picks when joining, nothing else. */
const DEMO_ROSTER = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emi', 'Femi', 'Lucía', 'Noah'];

function randomPassword(): string {
	const bytes = new Uint8Array(9);
	crypto.getRandomValues(bytes);
	return 'demo-' + encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * Seeds demo accounts into an empty database and returns their log-ins (to print once).
 * Passwords are random unless DEMO_PASSWORD is set, so a seeded server never has a known password
 * by accident.
 */
export async function seedDemoContent(
	db: AppDatabase,
	password = process.env.DEMO_PASSWORD?.trim() || undefined
): Promise<DemoLogin[] | null> {
	const existing = await first(db.select({ n: count() }).from(users));
	if ((existing?.n ?? 0) > 0) return null;

	const accounts = [
		{
			role: 'teacher',
			name: 'Demo Teacher',
			email: 'teacher@demo.dayofai.test',
			school: 'Demo Elementary School',
			country: 'US'
		},
		{
			role: 'organizer',
			name: 'Demo Organizer',
			email: 'organizer@demo.dayofai.test',
			school: 'Day of AI',
			country: 'US'
		}
	] as const;
	const logins: DemoLogin[] = [];
	for (const account of accounts) {
		const accountPassword = password ?? randomPassword();
		const result = await createUser(
			db,
			{
				name: account.name,
				email: account.email,
				password: accountPassword,
				country: account.country,
				school: account.school
			},
			account.role
		);
		if (!result.ok)
			throw new Error(`Could not seed ${account.email}: ${JSON.stringify(result.errors)}`);
		const login: DemoLogin = {
			role: account.role,
			email: account.email,
			password: accountPassword
		};
		if (account.role === 'teacher') {
			// An empty class with "What is AI?" assigned: join it from a second device to try it out.
			const demoClass = await createClass(db, result.user.id, { name: 'Demo class', band: '3-5' });
			await addRoster(db, demoClass, DEMO_ROSTER);
			await assignModule(db, demoClass, { moduleSlug: 'what-is-ai', band: '3-5', dueAt: null });
			login.joinCode = demoClass.joinCode;
			await seedDemoTraining(db, result.user.id);
		}
		logins.push(login);
	}
	await seedDemoEvent(db);
	return logins;
}

/** The demo Day of AI's slug: its public page is /events/day-of-ai-demo. */
export const DEMO_EVENT_SLUG = 'day-of-ai-demo';

/**
 * A demo event, open from now until its day about four months ahead (New York time), with the demo
 * teacher registered: the public page and the organizer's dashboard have something to show.
 */
async function seedDemoEvent(db: AppDatabase, now = new Date()): Promise<void> {
	const day = new Date(now.getTime() + 120 * 86_400_000).toISOString().slice(0, 10);
	const event = await createEvent(db, {
		name: 'Day of AI (demo)',
		slug: DEMO_EVENT_SLUG,
		day,
		timeZone: 'America/New_York',
		goal: 1000,
		opensAt: new Date(now.getTime() - 60_000),
		closesAt: zonedTimeToUtc(`${day}T23:59`, 'America/New_York')!
	});
	if (!event) return;
	await registerForEvent(db, event.id, {
		name: 'Demo Teacher',
		email: 'teacher@demo.dayofai.test',
		role: 'teacher',
		organisation: 'Demo Elementary School',
		country: 'US',
		region: '',
		gradeBands: ['3-5'],
		expectedStudents: 8,
		language: 'en',
		consent: false
	});
}

/**
 * Demo professional development: two upcoming sessions (one in English from New York, one in
 * Spanish from Madrid) and one held a week ago that the demo teacher attended, so the teacher's
 * list, a certificate and the organizers' totals and funnel have something real to show.
 */
async function seedDemoTraining(
	db: AppDatabase,
	teacherId: string,
	now = new Date()
): Promise<void> {
	const day = (offset: number) =>
		new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
	const session = async (
		offsetDays: number,
		zone: string,
		fields: Pick<SessionInput, 'title' | 'description' | 'facilitator' | 'language' | 'band'> &
			Partial<SessionInput>
	) =>
		createSession(db, {
			timeZone: zone,
			startsAt: zonedTimeToUtc(`${day(offsetDays)}T16:00`, zone)!,
			endsAt: zonedTimeToUtc(`${day(offsetDays)}T17:30`, zone)!,
			capacity: 25,
			onlineUrl: 'https://meet.example.org/day-of-ai-demo',
			place: null,
			claimMinutes: 0,
			...fields
		});
	const gans = await session(3, 'America/New_York', {
		title: 'Teaching GANs and deepfakes',
		description:
			'Train the picture GAN yourself, then plan the "Real or fake?" lesson for grades 6-8.',
		facilitator: 'Day of AI team',
		language: 'en',
		band: '6-8'
	});
	await session(10, 'Europe/Madrid', {
		title: 'Introducción a la IA para primaria',
		description: 'Las lecciones de "¿Qué es la IA?" paso a paso, con tiempo para preguntas.',
		facilitator: 'Equipo de Day of AI',
		language: 'es',
		band: '3-5',
		onlineUrl: null,
		place: 'Biblioteca del colegio, Madrid'
	});
	const past = await session(-7, 'America/New_York', {
		title: 'What is AI? A first hour for teachers',
		description: 'The first module, its teacher guide and the live progress grid.',
		facilitator: 'Day of AI team',
		language: 'en',
		band: null
	});
	await registerForSession(db, gans.id, teacherId, 'en', now);
	await registerForSession(
		db,
		past.id,
		teacherId,
		'en',
		new Date(past.startsAt.getTime() - 86_400_000)
	);
	const [seat] = await sessionRoster(db, past.id);
	if (seat) await markAttendance(db, past.id, seat.seatId, true, past.endsAt);
}
