import { z } from 'zod';
import { localizedContent, textOf } from '../content';
import { defineActivity } from '../definition';
import { AI_DRAWING, DOODLE_EXPERIMENT } from './artifacts';
import { DEFAULT_DOODLE_LAB_PRESET, doodleLabPresetSchema } from './preset';
import { doodleLabPresetFromForm } from './setup';

const text = z.string().trim().min(1);
const CONTENT = localizedContent(
	'src/lib/activities/doodle-lab',
	z.strictObject({ title: text, summary: text }),
	import.meta.glob('./content/*.json', { eager: true, import: 'default' })
);

/**
 * The spotted-cows lab: choose the training data, train a classifier in the browser, find who it
 * gets wrong; then "The AI draws". TensorFlow.js stays behind `component`.
 */
export const definition = defineActivity({
	id: 'doodle-lab',
	title: textOf(CONTENT, (content) => content.title),
	summary: textOf(CONTENT, (content) => content.summary),
	presetSchema: doodleLabPresetSchema,
	defaultPreset: DEFAULT_DOODLE_LAB_PRESET,
	presetFromForm: doodleLabPresetFromForm,
	component: () => import('./DoodleLab.svelte'),
	setup: () => import('./DoodleLabSetup.svelte'),
	artifacts: [DOODLE_EXPERIMENT, AI_DRAWING]
});
export default definition;
