import { z } from 'zod';

/** Ids of the everyday things in the catalogue (items.ts); a preset picks some of them. */
export const AI_OR_NOT_ITEM_IDS = [
	'calculator',
	'music-recommender',
	'voice-assistant',
	'thermostat-schedule',
	'photo-face-finder',
	'traffic-light-timer',
	'spam-filter',
	'translation-app',
	'microwave-timer',
	'bird-camera',
	'alarm-clock',
	'autocorrect-keyboard',
	'vending-machine',
	'chess-computer',
	'automatic-door',
	'handwriting-recognition'
] as const;
export type AiOrNotItemId = (typeof AI_OR_NOT_ITEM_IDS)[number];

export const aiOrNotPresetSchema = z.object({
	/** Which things to sort, in this order; 3 to 16 distinct ids. */
	items: z
		.array(z.enum(AI_OR_NOT_ITEM_IDS))
		.min(3)
		.max(AI_OR_NOT_ITEM_IDS.length)
		.refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate_items' }),
	/** 'each': explain every thing as soon as it is sorted; 'end': explain all at the end. */
	reveal: z.enum(['each', 'end']).default('each')
});
export type AiOrNotPreset = z.output<typeof aiOrNotPresetSchema>;
