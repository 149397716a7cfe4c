import { z } from 'zod';
import { nameField } from '../validation/text';
import { SIGNALS, type Design } from './recommend';

/**
 * A student's recommender design as it is saved (the activity's artifact): its name, the design
 * itself, and the ethical matrix filled in beside it. Checked at the door and again when read
 * back; the measures are never stored but recomputed from the design, so none can be faked.
 */
export const MAX_WEIGHT = 3;
export const STAKEHOLDERS = ['players', 'parents', 'designers', 'company'] as const;
export const VALUES = ['fairness', 'fun', 'privacy', 'profit'] as const;
export const EFFECTS = ['helps', 'neutral', 'harms'] as const;
export const NOTE_MAX_LENGTH = 240;
export type Stakeholder = (typeof STAKEHOLDERS)[number];
export type Value = (typeof VALUES)[number];

const weight = z.number().finite().min(0).max(MAX_WEIGHT);

export const designSchema = z
	.object({
		weights: z.object(Object.fromEntries(SIGNALS.map((s) => [s, weight]))).strict(),
		showAll: z.boolean(),
		diversity: z.number().finite().min(0).max(1)
	})
	.strict()
	.refine((d) => Object.values(d.weights).some((w) => (w as number) > 0), {
		error: 'no_signal',
		path: ['weights']
	}) as unknown as z.ZodType<Design>;

const cellSchema = z
	.object({
		effect: z.enum(EFFECTS).nullable(),
		note: z.union([z.literal(''), nameField(NOTE_MAX_LENGTH)])
	})
	.strict();
export type MatrixCell = z.output<typeof cellSchema>;

const row = z.object(Object.fromEntries(VALUES.map((v) => [v, cellSchema]))).strict();
export const matrixSchema = z
	.object(Object.fromEntries(STAKEHOLDERS.map((s) => [s, row])))
	.strict() as unknown as z.ZodType<Record<Stakeholder, Record<Value, MatrixCell>>>;
export type EthicalMatrix = z.output<typeof matrixSchema>;

export const savedDesignSchema = z
	.object({
		name: nameField(60),
		design: designSchema,
		matrix: matrixSchema
	})
	.strict();
export type SavedDesign = z.output<typeof savedDesignSchema>;

/** A matrix with nothing filled in yet. */
export function emptyMatrix(): EthicalMatrix {
	return Object.fromEntries(
		STAKEHOLDERS.map((s) => [
			s,
			Object.fromEntries(VALUES.map((v) => [v, { effect: null, note: '' }]))
		])
	) as EthicalMatrix;
}

/** How many of the matrix's cells say something (an effect or a note). */
export function filledCells(matrix: EthicalMatrix): number {
	return STAKEHOLDERS.flatMap((s) => VALUES.map((v) => matrix[s][v])).filter(
		(cell) => cell.effect !== null || cell.note !== ''
	).length;
}
