import { z } from 'zod';
import type { SimplifiedDrawing } from '../doodle/strokes';
import { simplifiedDrawingSchema } from '../validation/doodles';

/** What can be wrong with the drawings a class gives the image GAN. */
export type PictureProblem = 'unreadable' | 'too-few' | 'too-many';

/** A GAN needs a few pictures to learn from; a class's drawings stay well under the most. */
export const MIN_DRAWINGS = 4;
export const MAX_DRAWINGS = 2000;

const drawingsSchema = z.array(simplifiedDrawingSchema).max(MAX_DRAWINGS);

/** The drawings, checked at the door, or what is wrong with them. */
export function drawingsProblem(
	value: unknown
): { problem: null; drawings: SimplifiedDrawing[] } | { problem: PictureProblem } {
	if (Array.isArray(value) && value.length > MAX_DRAWINGS) return { problem: 'too-many' };
	const parsed = drawingsSchema.safeParse(value);
	if (!parsed.success) return { problem: 'unreadable' };
	if (parsed.data.length < MIN_DRAWINGS) return { problem: 'too-few' };
	return { problem: null, drawings: parsed.data as SimplifiedDrawing[] };
}
