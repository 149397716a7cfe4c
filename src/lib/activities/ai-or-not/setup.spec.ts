import { describe, expect, it } from 'vitest';
import { aiOrNotPresetFromForm } from './setup';

function form(items: string[], reveal?: string): FormData {
	const data = new FormData();
	for (const item of items) data.append('items', item);
	if (reveal) data.set('reveal', reveal);
	return data;
}

describe('AI-or-not set-up form', () => {
	it('builds a preset from the checked things, in catalogue order given', () => {
		expect(
			aiOrNotPresetFromForm(form(['calculator', 'spam-filter', 'bird-camera'], 'end'))
		).toEqual({
			ok: true,
			preset: { items: ['calculator', 'spam-filter', 'bird-camera'], reveal: 'end' }
		});
		expect(aiOrNotPresetFromForm(form(['calculator', 'spam-filter', 'bird-camera']))).toMatchObject(
			{
				ok: true,
				preset: { reveal: 'each' }
			}
		);
	});

	it('refuses fewer than three things, unknown things and unknown modes', () => {
		expect(aiOrNotPresetFromForm(form(['calculator', 'spam-filter']))).toEqual({
			ok: false,
			error: 'too_few_items'
		});
		expect(aiOrNotPresetFromForm(form(['calculator', 'spam-filter', 'time-machine']))).toEqual({
			ok: false,
			error: 'invalid'
		});
		expect(
			aiOrNotPresetFromForm(form(['calculator', 'spam-filter', 'bird-camera'], 'never'))
		).toEqual({ ok: false, error: 'invalid' });
	});
});
