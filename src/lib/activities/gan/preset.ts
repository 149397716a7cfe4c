import { z } from 'zod';
import { DATASETS } from '#lib/gan/datasets';
import { GAME_PHASES } from './game-artifact';

export const GAN_OPENINGS = ['play', 'slow-motion', 'pictures', 'game'] as const;
export type GanOpening = (typeof GAN_OPENINGS)[number];

/** The real data a class starts from: a built-in shape, or the student's own drawing. */
export const GAN_START_DATASETS = [...DATASETS, 'drawn'] as const;
export type GanStartDataset = (typeof GAN_START_DATASETS)[number];

export const ganPresetSchema = z.object({
	/** The data shown first; students can switch to any other. */
	dataset: z.enum(GAN_START_DATASETS).default('ring'),
	/**
	 * What opens first: the 2-D GAN playing, its slow motion (younger classes), the image GAN,
	 * or the "Real or fake?" game.
	 */
	open: z.enum(GAN_OPENINGS).default('play'),
	/** When in the lesson the game is played: its rounds are compared before and after. */
	phase: z.enum(GAME_PHASES).default('practice')
});
export type GanPreset = z.output<typeof ganPresetSchema>;
export const DEFAULT_GAN_PRESET: GanPreset = { dataset: 'ring', open: 'play', phase: 'practice' };
