import { textOf } from '../content';
import { defineActivity } from '../definition';
import { GAN_CONTENT } from './content';
import { REAL_OR_FAKE } from './game-artifact';
import { DEFAULT_GAN_PRESET, ganPresetSchema } from './preset';
import { ganPresetFromForm } from './setup';

/**
 * "The forger and the detective": a GAN learning 2-D data live (the networks in a worker), with
 * slow motion in each band's words; an image GAN on faces and doodles; and "Real or fake?",
 * scored as hits and false alarms. The GAN code stays behind `component`.
 */
export const definition = defineActivity({
	id: 'gan',
	title: textOf(GAN_CONTENT, (content) => content.title),
	summary: textOf(GAN_CONTENT, (content) => content.summary),
	presetSchema: ganPresetSchema,
	defaultPreset: DEFAULT_GAN_PRESET,
	presetFromForm: ganPresetFromForm,
	component: () => import('./GanActivity.svelte'),
	setup: () => import('./GanSetup.svelte'),
	artifacts: [REAL_OR_FAKE]
});
export default definition;
