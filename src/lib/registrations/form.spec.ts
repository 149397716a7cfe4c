import { describe, expect, it } from 'vitest';
import { readRegistrationForm } from './form';

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields))
		for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
	return data;
}
const good = {
	name: 'Ana Pérez',
	email: ' Ana@School.ORG ',
	role: 'school-leader',
	organisation: 'Escuela 12',
	country: 'uy',
	region: 'Montevideo',
	gradeBands: ['3-5', '9-12'],
	expectedStudents: '120',
	language: 'es'
};

describe('the event form', () => {
	it('reads checkboxes, the number and the address key; consent is no unless ticked', () => {
		const read = readRegistrationForm(form(good));
		expect(read).toEqual({
			ok: true,
			data: {
				name: 'Ana Pérez',
				email: 'ana@school.org',
				role: 'school-leader',
				organisation: 'Escuela 12',
				country: 'UY',
				region: 'Montevideo',
				gradeBands: ['3-5', '9-12'],
				expectedStudents: 120,
				language: 'es',
				consent: false
			}
		});
		const ticked = readRegistrationForm(form({ ...good, consent: 'on', expectedStudents: '' }));
		expect(ticked.ok && ticked.data).toMatchObject({ consent: true, expectedStudents: 0 });
	});

	it('gives each bad field its code and echoes what was typed', () => {
		const read = readRegistrationForm(
			form({
				...good,
				email: 'ana',
				country: 'ZZ',
				role: 'admin',
				gradeBands: ['3-5', '3-5'],
				expectedStudents: '1e3',
				language: 'fr'
			})
		);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.errors).toEqual({
			email: 'email_invalid',
			country: 'country_invalid',
			role: 'invalid',
			gradeBands: 'invalid',
			expectedStudents: 'invalid',
			language: 'invalid'
		});
		expect(read.values).toMatchObject({ email: 'ana', country: 'ZZ', gradeBands: '3-5;3-5' });
	});

	it('refuses more students than a registrant can teach, a missing name and a band that is not one', () => {
		const read = readRegistrationForm(
			form({ ...good, name: '', expectedStudents: '100001', gradeBands: ['K-2'] })
		);
		expect(read.ok || read.errors).toEqual({
			name: 'required',
			expectedStudents: 'invalid',
			gradeBands: 'invalid'
		});
	});
});
