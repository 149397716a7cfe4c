import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOIN_RULES } from './join-guard';

const TEN_MINUTES = 10 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

describe('guessing limits', () => {
	let saved: string | undefined;
	beforeEach(() => {
		saved = process.env.JOIN_NEW_NAMES_PER_IP;
		delete process.env.JOIN_NEW_NAMES_PER_IP;
	});
	afterEach(() => {
		if (saved === undefined) delete process.env.JOIN_NEW_NAMES_PER_IP;
		else process.env.JOIN_NEW_NAMES_PER_IP = saved;
	});

	it("are the README's: per 10 minutes unless said, per class per day for pictures", () => {
		expect(JOIN_RULES).toMatchObject({
			// wrong join codes 20 per tablet and 300 per IP
			codePerDevice: { max: 20, windowMs: TEN_MINUTES },
			codePerIp: { max: 300, windowMs: TEN_MINUTES },
			// wrong pictures 5 per student on one tablet, 20 per student on any, 10 per tablet
			picturePerStudentOnDevice: { max: 5, windowMs: TEN_MINUTES },
			picturePerStudent: { max: 20, windowMs: TEN_MINUTES },
			picturePerDevice: { max: 10, windowMs: TEN_MINUTES },
			// 30 per class per 10 minutes and 150 per class per day, 500 per IP
			picturePerClass: { max: 30, windowMs: TEN_MINUTES },
			picturePerClassPerDay: { max: 150, windowMs: DAY },
			picturePerIp: { max: 500, windowMs: TEN_MINUTES },
			// new names 5 per tablet, 40 per class and 1,000 per IP
			newNamesPerDevice: { max: 5, windowMs: TEN_MINUTES },
			newNamesPerClass: { max: 40, windowMs: TEN_MINUTES },
			newNamesPerIp: { max: 1000, windowMs: TEN_MINUTES }
		});
	});

	it('take the per-IP new-name limit from JOIN_NEW_NAMES_PER_IP', () => {
		process.env.JOIN_NEW_NAMES_PER_IP = '250';
		expect(JOIN_RULES.newNamesPerIp).toEqual({ max: 250, windowMs: TEN_MINUTES });
	});
});
