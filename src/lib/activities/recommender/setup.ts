import { recommenderPresetSchema, type RecommenderPreset } from './preset';

export type RecommenderSetupResult =
	{ ok: true; preset: RecommenderPreset } | { ok: false; error: 'invalid' };

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : undefined;
};

/** Builds a preset from the teacher's set-up form (a ticked `loop` box sends "on"). */
export function recommenderPresetFromForm(form: FormData): RecommenderSetupResult {
	const loop = text(form, 'loop');
	if (loop !== undefined && loop !== 'on') return { ok: false, error: 'invalid' };
	const result = recommenderPresetSchema.safeParse({
		open: text(form, 'open'),
		compare: text(form, 'compare'),
		loop: loop === 'on'
	});
	return result.success ? { ok: true, preset: result.data } : { ok: false, error: 'invalid' };
}
