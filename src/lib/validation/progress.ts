import { z } from 'zod';
import { artifactEventSchema } from './artifacts';

/** One activity-contract event; artifacts are checked against the schema of their kind. */
export const activityEventSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('started') }),
	z.object({ type: z.literal('step-completed'), step: z.string().min(1).max(100) }),
	z.object({
		type: z.literal('answer'),
		question: z.string().min(1).max(100),
		choice: z.string().min(1).max(100),
		correct: z.boolean()
	}),
	z
		.object({
			type: z.literal('score'),
			correct: z.number().int().min(0).max(10_000),
			total: z.number().int().min(0).max(10_000)
		})
		.refine((score) => score.correct <= score.total, 'A score has at most as many right as asked.'),
	artifactEventSchema
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
				event: activityEventSchema
			})
		)
		.min(1)
		.max(100)
});
export type ProgressBatch = z.output<typeof progressBatchSchema>;

/** Artifacts are kept small: a tablet cannot fill the server's disk. */
export const MAX_EVENT_PAYLOAD_BYTES = 64 * 1024;
