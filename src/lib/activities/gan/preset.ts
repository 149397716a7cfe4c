import { z } from 'zod';
import { DATASETS } from '#lib/gan/datasets';

/** The real data a class starts from: a built-in shape, or the student's own drawing. */
export const GAN_START_DATASETS = [...DATASETS, 'drawn'] as const;
export type GanStartDataset = (typeof GAN_START_DATASETS)[number];

export const ganPresetSchema = z.object({
	/** The data shown first; students can switch to any other. */
	dataset: z.enum(GAN_START_DATASETS).default('ring'),
	/** Open slow motion first (younger classes), or the GAN playing at full speed. */
	open: z.enum(['play', 'slow-motion']).default('play')
});
export type GanPreset = z.output<typeof ganPresetSchema>;
export const DEFAULT_GAN_PRESET: GanPreset = { dataset: 'ring', open: 'play' };
