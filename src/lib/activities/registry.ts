import type { z } from 'zod';
import type { ActivityId, Text } from '../curriculum/types';
import { aiOrNotPresetSchema, AI_OR_NOT_ITEM_IDS } from './ai-or-not/preset';
import { aiOrNotPresetFromForm } from './ai-or-not/setup';
import { DEFAULT_DOODLE_LAB_PRESET, doodleLabPresetSchema } from './doodle-lab/preset';
import { doodleLabPresetFromForm } from './doodle-lab/setup';

export interface ActivityDefinition {
	id: ActivityId;
	title: Text;
	summary: Text;
	presetSchema: z.ZodType;
	defaultPreset: unknown;
	/** Reads the teacher's set-up form into a preset. */
	presetFromForm(form: FormData): { ok: true; preset: unknown } | { ok: false; error: string };
}

/** Every activity in src/lib/activities. Components are loaded separately, only where used. */
export const ACTIVITIES: Record<ActivityId, ActivityDefinition> = {
	'ai-or-not': {
		id: 'ai-or-not',
		title: { en: 'AI or not?', es: '¿IA o no?' },
		summary: {
			en: 'Sort everyday things into “uses AI” and “doesn’t use AI”, then find out why.',
			es: 'Clasifica objetos cotidianos en «usa IA» y «no usa IA» y descubre por qué.'
		},
		presetSchema: aiOrNotPresetSchema,
		defaultPreset: { items: [...AI_OR_NOT_ITEM_IDS], reveal: 'each' },
		presetFromForm: aiOrNotPresetFromForm
	},
	'doodle-lab': {
		id: 'doodle-lab',
		title: { en: 'Spotted cows lab', es: 'Laboratorio de vacas con manchas' },
		summary: {
			en: 'Choose the drawings a model learns from, train it right here, and find out who it gets wrong and why.',
			es: 'Elige los dibujos de los que aprende un modelo, entrénalo aquí mismo y descubre a quién se equivoca y por qué.'
		},
		presetSchema: doodleLabPresetSchema,
		defaultPreset: DEFAULT_DOODLE_LAB_PRESET,
		presetFromForm: doodleLabPresetFromForm
	}
};

export function isActivityId(value: string): value is ActivityId {
	return Object.hasOwn(ACTIVITIES, value);
}
