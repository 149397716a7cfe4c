import { doodleLabPresetSchema, type DoodleLabPreset } from './preset';

export type DoodleLabSetupResult =
	{ ok: true; preset: DoodleLabPreset } | { ok: false; error: 'invalid' };

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : undefined;
};

/** Builds a preset from the teacher's set-up form. */
export function doodleLabPresetFromForm(form: FormData): DoodleLabSetupResult {
	const epochs = text(form, 'epochs');
	const result = doodleLabPresetSchema.safeParse({
		start: text(form, 'start'),
		metrics: text(form, 'metrics'),
		epochs: epochs === undefined || epochs === '' ? undefined : Number(epochs)
	});
	return result.success ? { ok: true, preset: result.data } : { ok: false, error: 'invalid' };
}
