import { describe, expect, it } from 'vitest';
import { ganPresetFromForm } from './setup';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.set(key, value);
	return data;
};

describe('the GAN set-up form', () => {
	it('reads the starting data and what opens first, with defaults for what is left out', () => {
		expect(ganPresetFromForm(form({ dataset: 'drawn', open: 'slow-motion' }))).toEqual({
			ok: true,
			preset: { dataset: 'drawn', open: 'slow-motion', phase: 'practice' }
		});
		expect(ganPresetFromForm(form({ open: 'game', phase: 'before' }))).toEqual({
			ok: true,
			preset: { dataset: 'ring', open: 'game', phase: 'before' }
		});
		expect(ganPresetFromForm(form({}))).toEqual({
			ok: true,
			preset: { dataset: 'ring', open: 'play', phase: 'practice' }
		});
	});

	it('refuses values outside the choices', () => {
		for (const bad of [
			{ dataset: 'spiral' },
			{ open: 'rewind' },
			{ dataset: '' },
			{ phase: 'during' }
		] as Record<string, string>[])
			expect(ganPresetFromForm(form(bad))).toEqual({ ok: false, error: 'invalid' });
	});
});
