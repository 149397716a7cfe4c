import type { Component } from 'svelte';
import type {
	ActivityComponent,
	ActivityDefinition,
	ArtifactKind,
	SetupComponent
} from './definition';
import aiOrNot from './ai-or-not';
import doodleLab from './doodle-lab';
import gan from './gan';
import recommender from './recommender';

/**
 * Every activity, as its folder defines it (`src/lib/activities/<id>/index.ts`). Adding an
 * activity is its folder and one line here; `ActivityId`, the activity pages, the set-up form,
 * progress checks, the gallery and the CSV export all follow from this list.
 */
export const DEFINITIONS = [aiOrNot, doodleLab, gan, recommender] as const;

export type ActivityId = (typeof DEFINITIONS)[number]['id'];

export const ACTIVITIES = Object.fromEntries(
	DEFINITIONS.map((definition) => [definition.id, definition])
) as Record<ActivityId, ActivityDefinition<ActivityId>>;

export const ACTIVITY_IDS = DEFINITIONS.map((definition) => definition.id) as ActivityId[];

export function isActivityId(value: string): value is ActivityId {
	return Object.hasOwn(ACTIVITIES, value);
}

/** Every artifact kind an activity saves, by kind, with the activity that saves it. */
export const ACTIVITY_ARTIFACTS: ReadonlyMap<
	string,
	{ activity: ActivityId; artifact: ArtifactKind }
> = new Map(
	DEFINITIONS.flatMap((definition) =>
		definition.artifacts.map(
			(artifact) => [artifact.kind, { activity: definition.id, artifact }] as const
		)
	)
);

/** Loads an activity's component on demand, so pages without it never download its code. */
export async function loadActivityComponent(id: ActivityId): Promise<ActivityComponent> {
	return (await ACTIVITIES[id].component()).default;
}

export async function loadSetupComponent(id: ActivityId): Promise<SetupComponent> {
	return (await ACTIVITIES[id].setup()).default;
}

/** The cards for some artifact kinds (those a teacher's page is about to show), by kind. */
export async function loadArtifactCards(
	kinds: Iterable<string>
): Promise<Record<string, Component<{ view: never; title: string }>>> {
	const wanted = [...new Set(kinds)].filter((kind) => ACTIVITY_ARTIFACTS.has(kind));
	const cards = await Promise.all(
		wanted.map(async (kind) => [
			kind,
			(await ACTIVITY_ARTIFACTS.get(kind)!.artifact.card()).default
		])
	);
	return Object.fromEntries(cards);
}
