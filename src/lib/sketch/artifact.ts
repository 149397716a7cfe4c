import { z } from 'zod';

/** The artifact a student saves to the class gallery from "The AI draws". */
export const AI_DRAWING_KIND = 'ai-drawing';

const coordinate = z.number().finite().min(-5000).max(5000);
const MAX_POINTS = 4000;

export const aiDrawingSchema = z
	.object({
		/** The model's name: "cow" (the project's own) or one of Magenta's ("pig", "cat"…). */
		model: z.string().regex(/^[a-z][a-z_]{0,40}$/),
		temperature: z.number().min(0.05).max(1.5),
		/** The random source's seed: the same model, temperature and seed draw the same again. */
		seed: z.number().int().min(0).max(0xffffffff).optional(),
		/** True when the model finished a drawing the student started. */
		finished: z.boolean(),
		strokes: z
			.array(
				z.object({
					by: z.enum(['student', 'ai']),
					x: z.array(coordinate).min(1).max(1000),
					y: z.array(coordinate).min(1).max(1000)
				})
			)
			.min(1)
			.max(300)
	})
	.refine((data) => data.strokes.every((stroke) => stroke.x.length === stroke.y.length), {
		message: 'Every stroke needs as many x as y coordinates.'
	})
	.refine((data) => data.strokes.reduce((n, s) => n + s.x.length, 0) <= MAX_POINTS, {
		message: `A drawing has at most ${MAX_POINTS} points.`
	});

export type AiDrawing = z.output<typeof aiDrawingSchema>;
