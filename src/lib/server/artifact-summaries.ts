import { ACTIVITY_ARTIFACTS } from '../activities/registry';
import type { ArtifactSummary } from '../activities/definition';
import type { Locale } from '../curriculum/types';
import type { AppDatabase } from './db/client';
import type { Assignment } from './db/schema';
import { latestArtifacts } from './class-work';

/**
 * For one assignment, every artifact kind's class summary (see `ArtifactKind.summary`): the
 * latest artifact of each student, lesson step and kind in the assignment's lessons, read back
 * through its kind's schema (what does not parse is left out).
 */
export async function assignmentSummaries(
	db: AppDatabase,
	classId: string,
	assignment: Pick<Assignment, 'moduleSlug' | 'band'>,
	locale: Locale
): Promise<ArtifactSummary[]> {
	const prefix = `${assignment.moduleSlug}/${assignment.band}/`;
	const byKind = new Map<string, unknown[]>();
	for (const artifact of await latestArtifacts(db, classId, { includeHidden: true })) {
		if (!artifact.context.startsWith(prefix) || !artifact.content) continue;
		const kind = ACTIVITY_ARTIFACTS.get(artifact.content.kind);
		if (!kind?.artifact.summary) continue;
		const parsed = kind.artifact.schema.safeParse(artifact.content.data);
		if (!parsed.success) continue;
		byKind.set(artifact.content.kind, [...(byKind.get(artifact.content.kind) ?? []), parsed.data]);
	}
	return [...byKind].flatMap(([kind, items]) => {
		const summary = ACTIVITY_ARTIFACTS.get(kind)!.artifact.summary!(items, locale);
		return summary ? [summary] : [];
	});
}
