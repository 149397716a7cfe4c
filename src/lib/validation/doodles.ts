import { z } from 'zod';
import { ANIMALS } from '../doodle/generator';

const coordinate = z.number().int().min(0).max(255);

/** A drawing in Quick, Draw!'s simplified format, within sizes a child's drawing never exceeds. */
export const simplifiedDrawingSchema = z
	.array(
		z
			.tuple([z.array(coordinate).min(1).max(500), z.array(coordinate).min(1).max(500)])
			.refine(([xs, ys]) => xs.length === ys.length, { error: 'stroke_lengths' })
	)
	.min(1)
	.max(80)
	.refine((strokes) => strokes.reduce((n, [xs]) => n + xs.length, 0) <= 4000, {
		error: 'too_many_points'
	});

/** A drawing a student adds to the class dataset: what it is, and for a cow whether it has spots. */
export const newDoodleSchema = z
	.object({
		animal: z.enum(ANIMALS),
		spots: z.enum(['spotted', 'plain', 'unsure']).optional(),
		drawing: simplifiedDrawingSchema
	})
	.refine((doodle) => (doodle.animal === 'cow') === (doodle.spots !== undefined), {
		error: 'spots_only_for_cows'
	});
export type NewDoodle = z.output<typeof newDoodleSchema>;

/** A classmate's vote in the labelling round. */
export const doodleVoteSchema = z.object({
	doodle: z.string().min(1).max(40),
	label: z.enum(['spotted', 'plain', 'skip'])
});

/** The teacher hides or shows one drawing. */
export const doodleRefSchema = z.object({ doodle: z.string().min(1).max(40) });
