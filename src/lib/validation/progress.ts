import { z } from 'zod';
import { AI_DRAWING_KIND, aiDrawingSchema } from '../sketch/artifact';

const activityEvent = z.discriminatedUnion('type', [
	z.object({ type: z.literal('started') }),
	z.object({ type: z.literal('step-completed'), step: z.string().min(1).max(100) }),
	z.object({
		type: z.literal('answer'),
		question: z.string().min(1).max(100),
		choice: z.string().min(1).max(100),
		correct: z.boolean()
	}),
	z.object({
		type: z.literal('score'),
		correct: z.number().int().min(0).max(1000),
		total: z.number().int().min(0).max(1000)
	}),
	z
		.object({
			type: z.literal('artifact'),
			kind: z.string().min(1).max(50),
			title: z.string().max(200),
			data: z.unknown()
		})
		// A drawing goes into the class gallery only if it is one.
		.refine(
			(artifact) =>
				artifact.kind !== AI_DRAWING_KIND || aiDrawingSchema.safeParse(artifact.data).success,
			{
				message:
					'Not a drawing: strokes with as many x as y coordinates, a model and a temperature.'
			}
		)
]);

/** A batch of activity-contract events from a tablet's queue. */
export const progressBatchSchema = z.object({
	events: z
		.array(
			z.object({
				id: z.string().min(1).max(300),
				context: z.string().min(1).max(200),
				step: z.string().max(100).optional(),
				at: z.iso.datetime(),
				event: activityEvent
			})
		)
		.min(1)
		.max(100)
});
export type ProgressBatch = z.output<typeof progressBatchSchema>;

/** Artifacts are kept small: a tablet cannot fill the server's disk. */
export const MAX_EVENT_PAYLOAD_BYTES = 64 * 1024;
