import { aiOrNotPresetSchema, type AiOrNotPreset } from './preset';

export type SetupResult =
	{ ok: true; preset: AiOrNotPreset } | { ok: false; error: 'too_few_items' | 'invalid' };

/** Builds a preset from the teacher's set-up form (checked items and when to explain). */
export function aiOrNotPresetFromForm(form: FormData): SetupResult {
	const items = form.getAll('items').filter((value): value is string => typeof value === 'string');
	const reveal = form.get('reveal');
	if (items.length < 3) return { ok: false, error: 'too_few_items' };
	const result = aiOrNotPresetSchema.safeParse({
		items,
		reveal: typeof reveal === 'string' ? reveal : undefined
	});
	return result.success ? { ok: true, preset: result.data } : { ok: false, error: 'invalid' };
}
