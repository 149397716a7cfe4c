import { z } from 'zod';
import { ACTIVITY_ARTIFACTS } from '../activities/registry';

/** What a student writes in a reflection step (the text box holds 2,000 characters). */
export const REFLECTION_MAX_LENGTH = 2000;

export const reflectionSchema = z.object({ text: z.string().max(REFLECTION_MAX_LENGTH) });

/** The one kind the platform itself saves (a lesson's reflect step); every other is an activity's. */
export const REFLECTION_KIND = 'reflection';

/**
 * Every kind of artifact a student can save, with the schema its data must match: reflections,
 * and each activity's kinds from its definition. The server refuses any other kind, and any data
 * that does not match, before storing it; the teacher's views parse stored data with the same
 * schemas and never show what does not.
 */
export const ARTIFACT_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map([
	[REFLECTION_KIND, reflectionSchema],
	...[...ACTIVITY_ARTIFACTS].map(([kind, { artifact }]) => [kind, artifact.schema] as const)
]);

export const ARTIFACT_KINDS = [...ARTIFACT_SCHEMAS.keys()];

/** The title a tablet gives an artifact: plain text, no control characters. */
const title = z
	.string()
	.max(200)
	.refine((text) => !/[\p{Cc}\p{Cf}]/u.test(text), { message: 'Control characters.' });

function artifactEvent(kind: string, schema: z.ZodType) {
	return z.object({ type: z.literal('artifact'), kind: z.literal(kind), title, data: schema });
}

const [first, ...rest] = [...ARTIFACT_SCHEMAS].map(([kind, schema]) => artifactEvent(kind, schema));

/** An artifact event: its data checked against the schema of its kind. */
export const artifactEventSchema = z.discriminatedUnion('kind', [first!, ...rest]);
export type ArtifactEvent = z.output<typeof artifactEventSchema>;

/** The kind and checked data of an artifact, as the teacher's views receive it. */
export type ArtifactContent =
	| { kind: typeof REFLECTION_KIND; data: z.output<typeof reflectionSchema> }
	| { kind: string; data: unknown };

/** An artifact's kind and data, checked: null for an unknown kind or data that does not match. */
export function artifactContent(kind: string, data: unknown): ArtifactContent | null {
	const schema = ARTIFACT_SCHEMAS.get(kind);
	if (!schema) return null;
	const parsed = schema.safeParse(data);
	return parsed.success ? { kind, data: parsed.data } : null;
}

/** The text of a reflection, when the content is one. */
export function reflectionText(content: ArtifactContent | null): string | null {
	return content?.kind === REFLECTION_KIND
		? (content.data as z.output<typeof reflectionSchema>).text
		: null;
}
