import { z } from 'zod';
import { AI_OR_NOT_ITEM_IDS } from '../activities/ai-or-not/preset';
import { experimentArtifactSchema } from '../doodle/experiment';
import { AI_DRAWING_KIND, aiDrawingSchema } from '../sketch/artifact';

/** What a student writes in a reflection step (the text box holds 2,000 characters). */
export const REFLECTION_MAX_LENGTH = 2000;

export const reflectionSchema = z.object({ text: z.string().max(REFLECTION_MAX_LENGTH) });

/** A finished "AI or not?" board: where each thing went and whether that was right. */
export const aiOrNotSortSchema = z.object({
	placements: z
		.array(
			z.object({
				itemId: z.enum(AI_OR_NOT_ITEM_IDS),
				bin: z.enum(['ai', 'not-ai']),
				correct: z.boolean()
			})
		)
		.max(AI_OR_NOT_ITEM_IDS.length)
});

/**
 * Every kind of artifact a student can save, with the schema its data must match. The server
 * refuses any other kind, and any data that does not match, before storing it; the teacher's
 * views parse stored data with the same schemas and never show what does not.
 */
export const ARTIFACT_SCHEMAS = {
	reflection: reflectionSchema,
	'ai-or-not-sort': aiOrNotSortSchema,
	'doodle-experiment': experimentArtifactSchema,
	[AI_DRAWING_KIND]: aiDrawingSchema
} as const;

export type ArtifactKind = keyof typeof ARTIFACT_SCHEMAS;
export const ARTIFACT_KINDS = Object.keys(ARTIFACT_SCHEMAS) as ArtifactKind[];

/** The title a tablet gives an artifact: plain text, no control characters. */
const title = z
	.string()
	.max(200)
	.refine((text) => !/[\p{Cc}\p{Cf}]/u.test(text), { message: 'Control characters.' });

function artifactEvent<K extends ArtifactKind>(kind: K) {
	return z.object({
		type: z.literal('artifact'),
		kind: z.literal(kind),
		title,
		data: ARTIFACT_SCHEMAS[kind]
	});
}

/** An artifact event: its data checked against the schema of its kind. */
export const artifactEventSchema = z.discriminatedUnion('kind', [
	artifactEvent('reflection'),
	artifactEvent('ai-or-not-sort'),
	artifactEvent('doodle-experiment'),
	artifactEvent(AI_DRAWING_KIND)
]);
export type ArtifactEvent = z.output<typeof artifactEventSchema>;

/** The kind and checked data of an artifact, as the teacher's views receive it. */
export type ArtifactContent = {
	[K in ArtifactKind]: { kind: K; data: z.output<(typeof ARTIFACT_SCHEMAS)[K]> };
}[ArtifactKind];

/** An artifact's kind and data, checked: null for an unknown kind or data that does not match. */
export function artifactContent(kind: string, data: unknown): ArtifactContent | null {
	if (!Object.hasOwn(ARTIFACT_SCHEMAS, kind)) return null;
	const parsed = ARTIFACT_SCHEMAS[kind as ArtifactKind].safeParse(data);
	return parsed.success ? ({ kind, data: parsed.data } as ArtifactContent) : null;
}
