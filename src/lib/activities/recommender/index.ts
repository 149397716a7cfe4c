import { textOf } from '../content';
import { defineActivity } from '../definition';
import { RECOMMENDER_DESIGN } from './artifact';
import { RECOMMENDER_CONTENT } from './content';
import { DEFAULT_RECOMMENDER_PRESET, recommenderPresetSchema } from './preset';
import { recommenderPresetFromForm } from './setup';

/**
 * "Design a fair recommender": an avatar shop whose recommendations the student redesigns,
 * measures on 14 personas (and the class's likes) and defends with an ethical matrix; the class
 * compares the saved designs and votes on the one to ship.
 */
export const definition = defineActivity({
	id: 'recommender',
	title: textOf(RECOMMENDER_CONTENT, (content) => content.title),
	summary: textOf(RECOMMENDER_CONTENT, (content) => content.summary),
	presetSchema: recommenderPresetSchema,
	defaultPreset: DEFAULT_RECOMMENDER_PRESET,
	presetFromForm: recommenderPresetFromForm,
	component: () => import('./RecommenderActivity.svelte'),
	setup: () => import('./RecommenderSetup.svelte'),
	artifacts: [RECOMMENDER_DESIGN]
});
export default definition;
