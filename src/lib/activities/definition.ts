import type { Component } from 'svelte';
import type { z } from 'zod';
import type { Locale, Text } from '../curriculum/types';
import type { ActivityHost } from './contract';

/** The activity itself, as the lesson player and the shared-link page mount it. */
export type ActivityComponent = Component<{ host: ActivityHost<unknown> }>;
/** The fields of the teacher's set-up form (inside the page's own <form>). */
export type SetupComponent = Component<{ preset: unknown; locale: Locale; error?: string }>;
/** Shows one artifact kind's view (what `view` made of the stored data) on the teacher's pages. */
export type ArtifactCardComponent = Component<{ view: never; title: string }>;

type Loader<T> = () => Promise<{ default: T }>;

/**
 * One kind of artifact an activity saves: the schema its data must match (checked when a tablet
 * sends it and again when a teacher's page reads it back), what the teacher's pages show of it,
 * and its cell in the progress CSV.
 */
export interface ArtifactKind<S extends z.ZodType = z.ZodType, V extends object = object> {
	kind: string;
	schema: S;
	/** The title on the teacher's pages; the activity's name when absent. */
	title?(data: z.output<S>, locale: Locale): string;
	/** Plain, localized data for the card: never markup, never unchecked input. */
	view(data: z.output<S>, locale: Locale): V;
	/** The card that shows the view (loaded by the teacher's pages that show this kind). */
	card: Loader<Component<{ view: V; title: string }>>;
	/** The artifact in a few words, for the "answer" column of the progress CSV. */
	csv(data: z.output<S>, locale: Locale): string;
	/**
	 * What the class's artifacts of this kind in one assignment add up to (a game played before
	 * and after the lesson), as a small table on the assignment's page; null when nothing to show.
	 */
	summary?(items: z.output<S>[], locale: Locale): ArtifactSummary | null;
}

/** A small table of plain, localized text: a header row, then one row per label. */
export interface ArtifactSummary {
	title: string;
	columns: string[];
	rows: { label: string; cells: string[] }[];
}

/**
 * Everything the platform knows about one activity. Each activity folder exports one (its
 * `index.ts`); `registry.ts` lists them. Definitions are imported by the browser and the server
 * alike: no server code here, and the activity's code (TensorFlow.js for the lab) only behind
 * the `component` loader.
 */
export interface ActivityDefinition<Id extends string = string, P = unknown> {
	id: Id;
	/** The activity's name and one-line summary, from its content files (`content/<locale>.json`). */
	title: Text;
	summary: Text;
	presetSchema: z.ZodType<P>;
	defaultPreset: P;
	/** Reads the teacher's set-up form into a preset (an error code when it does not make one). */
	presetFromForm(form: FormData): { ok: true; preset: P } | { ok: false; error: string };
	component: Loader<ActivityComponent>;
	setup: Loader<SetupComponent>;
	artifacts: readonly ArtifactKind[];
}

/** Declares an artifact kind, checking its view against its card's props. */
export function defineArtifact<S extends z.ZodType, V extends object>(
	kind: ArtifactKind<S, V>
): ArtifactKind {
	return kind as unknown as ArtifactKind;
}

/** Declares an activity, keeping its id a literal type (the registry derives `ActivityId` from it). */
export function defineActivity<Id extends string, P>(
	definition: ActivityDefinition<Id, P>
): ActivityDefinition<Id, unknown> {
	return definition as unknown as ActivityDefinition<Id, unknown>;
}
