import { ganPresetSchema, type GanPreset } from './preset';

export type GanSetupResult = { ok: true; preset: GanPreset } | { ok: false; error: 'invalid' };

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : undefined;
};

/** Builds a preset from the teacher's set-up form. */
export function ganPresetFromForm(form: FormData): GanSetupResult {
	const result = ganPresetSchema.safeParse({
		dataset: text(form, 'dataset'),
		open: text(form, 'open'),
		phase: text(form, 'phase')
	});
	return result.success ? { ok: true, preset: result.data } : { ok: false, error: 'invalid' };
}
