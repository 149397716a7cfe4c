import { describe, expect, it } from 'vitest';
import { doodleLabPresetFromForm } from './setup';

const form = (entries: Record<string, string | undefined>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) if (value !== undefined) data.set(key, value);
	return data;
};

describe('the doodle lab set-up form', () => {
	it('reads the start mix, the metrics and the epochs, with defaults for what is left out', () => {
		expect(
			doodleLabPresetFromForm(form({ start: 'balanced', metrics: 'precision-recall', epochs: '6' }))
		).toEqual({
			ok: true,
			preset: { start: 'balanced', metrics: 'precision-recall', epochs: 6 }
		});
		expect(doodleLabPresetFromForm(form({}))).toEqual({
			ok: true,
			preset: { start: 'biased', metrics: 'accuracy', epochs: 12 }
		});
	});

	it('refuses values outside the choices', () => {
		for (const bad of [
			{ start: 'spotty' },
			{ metrics: 'f1' },
			{ epochs: '1' },
			{ epochs: '31' },
			{ epochs: 'ten' }
		])
			expect(doodleLabPresetFromForm(form(bad))).toEqual({ ok: false, error: 'invalid' });
	});
});
