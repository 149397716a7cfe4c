import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionFormSchema } from '../training/session-form';
import { normalizeCertificateCode } from '../training/certificate-code';
import { certificatePdf } from './certificate-pdf';
import type { AppDatabase } from './db/client';
import { users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { cancelSeat, createSession, registerForSession, seatOf } from './training';
import {
	certificateByCode,
	certificateFor,
	checkIn,
	CHECK_IN_RULE,
	markAttendance
} from './training-attendance';
import { sessionRoster } from './training-views';
import { run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await createTestDb()));
afterEach(() => cleanup());

const session = async () =>
	createSession(
		db,
		sessionFormSchema.parse({
			title: 'Teaching GANs',
			description: '',
			facilitator: 'Dr. Rivera',
			timeZone: 'America/New_York',
			starts: '2027-03-20T16:00',
			ends: '2027-03-20T17:30',
			capacity: '5',
			onlineUrl: 'https://meet.example.org/gans',
			place: '',
			language: 'en',
			band: '',
			claimMinutes: ''
		})
	);
const during = new Date('2027-03-20T20:30:00Z');
async function teacher(id: string, name = 'Zoë Łukasiewicz-Núñez') {
	await run(
		db.insert(users).values({
			id,
			email: `${id}@school.org`,
			name,
			passwordHash: 'x',
			country: 'US',
			school: 'S'
		})
	);
	return id;
}

async function pdfText(bytes: Buffer): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
	const page = await pdf.getPage(1);
	const content = await page.getTextContent();
	return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe('check-in', () => {
	it('takes the facilitator code during the session only, from registered teachers', async () => {
		const s = await session();
		const id = await teacher('t1');
		expect(await checkIn(db, s, id, s.checkInCode, during)).toEqual({
			ok: false,
			reason: 'not_registered'
		});
		await registerForSession(db, s.id, id, 'en', new Date('2027-03-01T00:00:00Z'));
		expect(await checkIn(db, s, id, s.checkInCode, new Date('2027-03-20T19:40:00Z'))).toEqual({
			ok: false,
			reason: 'not_open'
		});
		expect(await checkIn(db, s, id, s.checkInCode, new Date('2027-03-20T21:30:00Z'))).toEqual({
			ok: false,
			reason: 'not_open'
		});
		const wrong = s.checkInCode === '000000' ? '000001' : '000000';
		expect(await checkIn(db, s, id, wrong, during)).toEqual({ ok: false, reason: 'code_wrong' });
		expect((await seatOf(db, s.id, id))?.attendedAt).toBeNull();
		// 15 minutes before the start it opens; spaces in the typed code do not matter.
		const spaced = `${s.checkInCode.slice(0, 3)} ${s.checkInCode.slice(3)}`;
		expect(await checkIn(db, s, id, spaced, new Date('2027-03-20T19:45:00Z'))).toEqual({
			ok: true
		});
		const seat = (await seatOf(db, s.id, id))!;
		expect(seat.attendedAt).toEqual(new Date('2027-03-20T19:45:00Z'));
		expect(normalizeCertificateCode(seat.certificateCode!)).toBe(seat.certificateCode);
	});

	it('stops guessing after the allowed wrong codes', async () => {
		const s = await session();
		const id = await teacher('t1');
		await registerForSession(db, s.id, id, 'en', new Date('2027-03-01T00:00:00Z'));
		const wrong = s.checkInCode === '000000' ? '000001' : '000000';
		for (let i = 0; i < CHECK_IN_RULE.max; i++) {
			expect(await checkIn(db, s, id, wrong, during)).toEqual({ ok: false, reason: 'code_wrong' });
		}
		// Even the right code waits now, so the six digits cannot be found by trying them all.
		expect(await checkIn(db, s, id, s.checkInCode, during)).toMatchObject({
			reason: 'rate_limited'
		});
		expect((await seatOf(db, s.id, id))?.attendedAt).toBeNull();
		const later = new Date(during.getTime() + CHECK_IN_RULE.windowMs);
		expect(await checkIn(db, s, id, s.checkInCode, later)).toEqual({ ok: true });
		// Another teacher in the same session is not held back.
		const other = await teacher('t2');
		await registerForSession(db, s.id, other, 'en', new Date('2027-03-01T00:00:00Z'));
		expect(await checkIn(db, s, other, s.checkInCode, during)).toEqual({ ok: true });
	});
});

describe('attendance marked by the organizer', () => {
	it('marks and unmarks registered teachers only, withdrawing the certificate', async () => {
		const s = await session();
		const id = await teacher('t1');
		await registerForSession(db, s.id, id, 'en', new Date('2027-03-01T00:00:00Z'));
		const [row] = await sessionRoster(db, s.id);
		expect(await markAttendance(db, s.id, row!.seatId, true, during)).toBe(true);
		const code = (await seatOf(db, s.id, id))!.certificateCode!;
		expect((await certificateByCode(db, code))?.name).toBe('Zoë Łukasiewicz-Núñez');
		expect(await markAttendance(db, s.id, row!.seatId, false, during)).toBe(true);
		expect(await certificateByCode(db, code)).toBeNull();
		await cancelSeat(db, s.id, id);
		expect(await markAttendance(db, s.id, row!.seatId, true, during)).toBe(false);
		expect(await markAttendance(db, 'another-session', row!.seatId, true, during)).toBe(false);
	});
});

describe('certificates', () => {
	it('state name, session, date and hours, and verify by code; a tampered code fails', async () => {
		const s = await session();
		const id = await teacher('t1');
		await registerForSession(db, s.id, id, 'en', new Date('2027-03-01T00:00:00Z'));
		await checkIn(db, s, id, s.checkInCode, during);
		const facts = (await certificateFor(db, s, id))!;
		expect(facts).toMatchObject({
			name: 'Zoë Łukasiewicz-Núñez',
			title: 'Teaching GANs',
			hours: 1.5
		});

		const verified = await certificateByCode(db, facts.code.toLowerCase().replace(/-/g, ' '));
		expect(verified).toEqual(facts);
		expect(Object.keys(verified!).sort()).toEqual(
			['code', 'facilitator', 'hours', 'name', 'startsAt', 'timeZone', 'title'].sort()
		);
		// Any one character changed: refused, by the check character or by the lookup.
		const plain = facts.code.replace(/-/g, '');
		for (let i = 0; i < plain.length; i++) {
			const swapped = plain[i] === 'A' ? 'B' : 'A';
			const tampered = plain.slice(0, i) + swapped + plain.slice(i + 1);
			expect(await certificateByCode(db, tampered)).toBeNull();
		}
		expect(await certificateByCode(db, '')).toBeNull();
		expect(await certificateByCode(db, "'; drop table users; --")).toBeNull();

		const pdf = await certificatePdf(facts, 'en', `https://x.org/certificates/${facts.code}`);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(pdf);
		expect(text).toContain('Zoë Łukasiewicz-Núñez');
		expect(text).toContain('Teaching GANs');
		expect(text).toContain('March 20, 2027');
		expect(text).toContain('1.5 hours (0.15 CEU)');
		expect(text).toContain(facts.code);
		const spanish = await pdfText(await certificatePdf(facts, 'es', 'https://x.org/c'));
		expect(spanish).toContain('Certificado de participación');
		expect(spanish).toContain('1,5 horas');
	});
});
