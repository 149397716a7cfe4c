import { z } from 'zod';

export const doodleLabPresetSchema = z.object({
	/** The mix students start from: mostly spotted cows (the lesson) or already balanced. */
	start: z.enum(['biased', 'balanced']).default('biased'),
	/** 'precision-recall' adds precision and recall per subgroup (grades 9-12). */
	metrics: z.enum(['accuracy', 'precision-recall']).default('accuracy'),
	/** Passes over the data; fewer train faster on slow tablets. */
	epochs: z.number().int().min(2).max(30).default(12)
});
export type DoodleLabPreset = z.output<typeof doodleLabPresetSchema>;
export const DEFAULT_DOODLE_LAB_PRESET: DoodleLabPreset = {
	start: 'biased',
	metrics: 'accuracy',
	epochs: 12
};
