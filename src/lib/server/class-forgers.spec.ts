import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from './db/client';
import { classForgers, students, users } from './db/schema';
import { createTestDb } from './testing/test-db';
import { createClass } from './classes';
import {
	FORGER_SHARES,
	classForger,
	removeForger,
	shareForger,
	type ForgerUpload
} from './class-forgers';
import { encodeGenerator } from '../gan/generator-file';
import { FORGER_HIDDEN, FORGER_LATENT, MAX_FORGER_BYTES, forgerSize } from '../gan/forger';
import type { GeneratorWeights } from '../gan/image-gan';
import { eq } from 'drizzle-orm';
import { run } from './db/query';

let db: AppDatabase;
let cleanup: () => Promise<void>;
let classId: string;
let other: string;

/** A generator file of the picture GAN's shape for `size` × `size` pictures. */
function generator(size: number, fill = 0.01, latent = FORGER_LATENT): Uint8Array {
	const count = latent * FORGER_HIDDEN + FORGER_HIDDEN + FORGER_HIDDEN * size * size + size * size;
	const weights: GeneratorWeights = {
		size,
		latent,
		hidden: FORGER_HIDDEN,
		values: new Float32Array(count).fill(fill)
	};
	return encodeGenerator(weights);
}
const faces = (fill?: number): ForgerUpload => ({
	data: 'faces',
	iterations: 800,
	bytes: generator(forgerSize('faces'), fill)
});
const person = async (id: string, klass: string) => {
	await run(db.insert(students).values({ id, classId: klass, displayName: `Name ${id}` }));
	return { id, classId: klass };
};
const rows = async () => await db.select().from(classForgers);

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
	classId = (await createClass(db, 't', { name: 'Room 12', band: '6-8' })).id;
	other = (await createClass(db, 't', { name: 'Room 13', band: '6-8' })).id;
});
afterEach(() => cleanup());

describe("the class's forger", () => {
	it('keeps the generator a student shares for their class only, and gives back the same bytes', async () => {
		const ana = await person('ana', classId);
		const upload = faces();
		expect(await shareForger(db, ana, upload)).toEqual({ ok: true });
		const forger = (await classForger(db, classId))!;
		expect(forger).toMatchObject({
			data: 'faces',
			iterations: 800,
			studentId: 'ana',
			studentName: 'Name ana'
		});
		expect(Buffer.from(forger.weights).equals(Buffer.from(upload.bytes))).toBe(true);
		expect(await classForger(db, other)).toBeNull();
	});

	it('replaces the one before when a classmate shares, one per class', async () => {
		const [ana, ben] = [await person('ana', classId), await person('ben', classId)];
		await shareForger(db, ana, faces(0.01));
		const cows = { data: 'drawings', iterations: 1433, bytes: generator(forgerSize('drawings')) };
		expect(await shareForger(db, ben, cows)).toEqual({ ok: true });
		expect(await rows()).toHaveLength(1);
		expect(await classForger(db, classId)).toMatchObject({ data: 'drawings', studentId: 'ben' });
	});

	it('refuses what is not a generator of ours, or does not fit its pictures, storing nothing', async () => {
		const ana = await person('ana', classId);
		const broken = generator(20);
		broken[0] = 0x58;
		const nan = generator(20);
		new DataView(nan.buffer).setFloat32(nan.length - 4, NaN, true);
		const cases: [ForgerUpload, string][] = [
			[{ ...faces(), bytes: broken }, 'not_a_generator'],
			[{ ...faces(), bytes: nan }, 'not_a_generator'],
			[{ ...faces(), bytes: generator(20).subarray(0, 1000) }, 'not_a_generator'],
			[{ ...faces(), bytes: new Uint8Array(0) }, 'not_a_generator'],
			// Faces are 20 × 20; a doodle generator (28 × 28) does not make them.
			[{ ...faces(), bytes: generator(28) }, 'wrong_generator'],
			[{ data: 'cows', iterations: 10, bytes: generator(20) }, 'wrong_generator'],
			[{ ...faces(), bytes: generator(20, 0.01, 8) }, 'wrong_generator'],
			[{ ...faces(), bytes: new Uint8Array(MAX_FORGER_BYTES + 1) }, 'wrong_generator'],
			[{ ...faces(), data: 'horses' }, 'invalid'],
			[{ ...faces(), iterations: 0 }, 'invalid'],
			[{ ...faces(), iterations: 1.5 }, 'invalid'],
			[{ ...faces(), iterations: 10_000_000 }, 'invalid']
		];
		for (const [upload, problem] of cases)
			expect(await shareForger(db, ana, upload), problem).toEqual({ ok: false, problem });
		expect(await rows()).toHaveLength(0);
	});

	it('lets a student share ten times in ten minutes, then says when to try again', async () => {
		const ana = await person('ana', classId);
		const now = new Date('2026-12-03T10:00:00Z');
		for (let k = 0; k < FORGER_SHARES.max; k++)
			expect((await shareForger(db, ana, faces(), now)).ok).toBe(true);
		const refused = await shareForger(db, ana, faces(0.5), now);
		expect(refused).toMatchObject({ ok: false, problem: 'rate_limited' });
		expect(
			new DataView((await classForger(db, classId))!.weights.buffer).getFloat32(15, true)
		).toBeCloseTo(0.01);
		const later = new Date(now.getTime() + FORGER_SHARES.windowMs);
		expect((await shareForger(db, ana, faces(0.5), later)).ok).toBe(true);
	});

	it('never hands out a stored row that is not a sound generator', async () => {
		const ana = await person('ana', classId);
		await shareForger(db, ana, faces());
		await run(db.update(classForgers).set({ weights: Buffer.from('not a generator') }));
		expect(await classForger(db, classId)).toBeNull();
		await run(db.update(classForgers).set({ weights: Buffer.from(generator(20)), data: 'horses' }));
		expect(await classForger(db, classId)).toBeNull();
	});

	it('goes when the teacher removes it, or with the student who shared it', async () => {
		const ana = await person('ana', classId);
		await shareForger(db, ana, faces());
		expect(await removeForger(db, other)).toBe(false);
		expect(await removeForger(db, classId)).toBe(true);
		expect(await classForger(db, classId)).toBeNull();
		await shareForger(db, ana, faces());
		await run(db.delete(students).where(eq(students.id, 'ana')));
		expect(await rows()).toHaveLength(0);
	});
});
