import { z } from 'zod';

/**
 * What opens first: the shop (dress the avatar, like and dislike), the designer, the feedback
 * loop, the worksheet (ethical matrix and save) or the class vote on the design to ship.
 */
export const RECOMMENDER_OPENINGS = ['shop', 'design', 'loop', 'worksheet', 'vote'] as const;
export type RecommenderOpening = (typeof RECOMMENDER_OPENINGS)[number];

/** The built-in designs a student's own design can be set beside. */
export const BUILT_IN_DESIGNS = ['original', 'content', 'collaborative', 'tastes'] as const;
export type BuiltInDesign = (typeof BUILT_IN_DESIGNS)[number];

export const recommenderPresetSchema = z
	.object({
		open: z.enum(RECOMMENDER_OPENINGS).default('shop'),
		/** The design the student's starts from and is compared with. */
		compare: z.enum(BUILT_IN_DESIGNS).default('original'),
		/** Whether the feedback-loop simulation is offered (the 9-12 lesson). */
		loop: z.boolean().default(false)
	})
	.strict();
export type RecommenderPreset = z.output<typeof recommenderPresetSchema>;
export const DEFAULT_RECOMMENDER_PRESET: RecommenderPreset = {
	open: 'shop',
	compare: 'original',
	loop: false
};
