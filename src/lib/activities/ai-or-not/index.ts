import { textOf } from '../content';
import { defineActivity } from '../definition';
import { AI_OR_NOT_SORT } from './artifact';
import { AI_OR_NOT_CONTENT } from './items';
import { aiOrNotPresetSchema, AI_OR_NOT_ITEM_IDS } from './preset';
import { aiOrNotPresetFromForm } from './setup';

/** "AI or not?": sort everyday things into "uses AI" and "doesn't use AI". */
export const definition = defineActivity({
	id: 'ai-or-not',
	title: textOf(AI_OR_NOT_CONTENT, (content) => content.title),
	summary: textOf(AI_OR_NOT_CONTENT, (content) => content.summary),
	presetSchema: aiOrNotPresetSchema,
	defaultPreset: { items: [...AI_OR_NOT_ITEM_IDS], reveal: 'each' as const },
	presetFromForm: aiOrNotPresetFromForm,
	component: () => import('./AiOrNot.svelte'),
	setup: () => import('./AiOrNotSetup.svelte'),
	artifacts: [AI_OR_NOT_SORT]
});
export default definition;
