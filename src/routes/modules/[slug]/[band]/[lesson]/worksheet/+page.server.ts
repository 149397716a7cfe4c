import { AI_OR_NOT_ITEMS } from '#lib/activities/ai-or-not/items';
import { aiOrNotPresetSchema } from '#lib/activities/ai-or-not/preset';
import { findLesson } from '#lib/curriculum';
import type { PageServerLoad } from './$types';

/** The things to sort, for the paper version of each "AI or not?" activity in the lesson. */
export const load: PageServerLoad = ({ params, locals }) => {
	const found = findLesson(params.slug, params.band, params.lesson);
	const sorts = (found?.lesson.steps ?? []).flatMap((step) => {
		if (step.kind !== 'activity' || step.activity !== 'ai-or-not') return [];
		const preset = aiOrNotPresetSchema.parse(step.preset);
		return [
			{
				step: step.id,
				items: preset.items.map((id) => ({
					id,
					icon: AI_OR_NOT_ITEMS[id].icon,
					name: AI_OR_NOT_ITEMS[id].name[locals.locale],
					description: AI_OR_NOT_ITEMS[id].description[locals.locale]
				}))
			}
		];
	});
	return { sorts };
};
