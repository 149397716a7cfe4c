import { describe, expect, it } from 'vitest';
import { checkImport } from './import';
import { emailKey, registrationSchema } from './registration';

const valid = {
	name: 'Ana Pérez',
	email: 'Ana.Perez@School.org ',
	role: 'teacher',
	organisation: 'Escuela 12',
	country: 'mx',
	region: '',
	gradeBands: ['3-5'],
	expectedStudents: 60,
	language: 'es',
	consent: false
};

describe('a registration', () => {
	it('counts case and Unicode variants of one address as one', () => {
		const keys = [
			'ana@school.org',
			'ANA@School.ORG',
			'  ana@school.org\t',
			'ａｎａ@school.org',
			'ANA@ＳＣＨＯＯＬ.ORG'
		].map(emailKey);
		expect(new Set(keys)).toEqual(new Set(['ana@school.org']));
		// Composed and decomposed accents are one address too.
		expect(emailKey('jos\u00e9@x.org')).toBe(emailKey('jose\u0301@x.org'));
	});

	it('takes a complete registration, the country in any case', () => {
		const parsed = registrationSchema.parse(valid);
		expect(parsed).toMatchObject({ email: 'ana.perez@school.org', country: 'MX', consent: false });
	});

	it('refuses each bad field with its code', () => {
		const bad: [Partial<Record<keyof typeof valid, unknown>>, string, string][] = [
			[{ email: 'not-an-address' }, 'email', 'email_invalid'],
			[{ role: 'student' }, 'role', 'invalid'],
			[{ country: 'XX' }, 'country', 'country_invalid'],
			[{ gradeBands: ['K-2'] }, 'gradeBands', 'invalid'],
			[{ gradeBands: ['3-5', '3-5'] }, 'gradeBands', 'invalid'],
			[{ expectedStudents: -1 }, 'expectedStudents', 'invalid'],
			[{ expectedStudents: 2.5 }, 'expectedStudents', 'invalid'],
			[{ language: 'xx' }, 'language', 'invalid'],
			[{ consent: 'on' }, 'consent', 'invalid'],
			[{ name: '' }, 'name', 'required']
		];
		for (const [change, field, code] of bad) {
			const result = registrationSchema.safeParse({ ...valid, ...change });
			expect(result.success, field).toBe(false);
			expect(result.error!.issues[0]!.path[0], field).toBe(field);
			expect(result.error!.issues[0]!.message, field).toBe(code);
		}
		expect(registrationSchema.safeParse({ ...valid, admin: true }).success).toBe(false);
	});
});

describe('importing registrations from a CSV file', () => {
	const header = 'Name,Email,Role,Organisation,Country,gradeBands,expectedStudents,consent';

	it('reads every row, columns in any order and case', () => {
		const result = checkImport(
			`${header}\nAna,ana@x.org,teacher,School A,US,3-5;6-8,60,yes\nBo,bo@y.org,other,Club B,es,,,no\n`
		);
		expect(result).toEqual({
			ok: true,
			registrations: [
				expect.objectContaining({
					email: 'ana@x.org',
					gradeBands: ['3-5', '6-8'],
					expectedStudents: 60,
					consent: true
				}),
				expect.objectContaining({
					email: 'bo@y.org',
					country: 'ES',
					gradeBands: [],
					expectedStudents: 0,
					consent: false,
					language: 'en'
				})
			]
		});
	});

	it('imports nothing when any row is bad, and says which line and column', () => {
		const result = checkImport(
			[
				header,
				'Ana,ana@x.org,teacher,School A,US,3-5,60,yes',
				'Bad,not-an-email,pirate,School B,US,3-5,lots,maybe',
				'Dup,ANA@x.org,teacher,School A,US,3-5,1,no'
			].join('\n')
		);
		expect(result).toEqual({
			ok: false,
			problems: [
				{ line: 3, column: 'email', code: 'email_invalid' },
				{ line: 3, column: 'role', code: 'invalid' },
				{ line: 3, column: 'expectedStudents', code: 'invalid' },
				{ line: 3, column: 'consent', code: 'invalid' },
				{ line: 4, column: 'email', code: 'duplicate_email' }
			]
		});
	});

	it('refuses a file with a missing or unknown column, no rows, broken quoting or too many rows', () => {
		expect(checkImport('Name,Email\nAna,ana@x.org\n')).toMatchObject({
			ok: false,
			problems: [
				{ line: 1, column: 'role', code: 'missing_column' },
				{ line: 1, column: 'organisation', code: 'missing_column' },
				{ line: 1, column: 'country', code: 'missing_column' }
			]
		});
		expect(checkImport(`${header},password\n`)).toMatchObject({
			ok: false,
			problems: [{ line: 1, column: 'password', code: 'unknown_column' }]
		});
		expect(checkImport(`${header}\n`)).toEqual({
			ok: false,
			problems: [{ line: 0, column: null, code: 'empty' }]
		});
		expect(checkImport(`${header}\n"Ana,ana@x.org`)).toEqual({
			ok: false,
			problems: [{ line: 2, column: null, code: 'unterminated_quote' }]
		});
		const rows = Array.from({ length: 4 }, (_, k) => `P${k},p${k}@x.org,teacher,S,US,,,no`);
		expect(checkImport([header, ...rows].join('\n'), 3)).toMatchObject({
			ok: false,
			problems: [{ code: 'too_many_rows' }]
		});
	});
});
