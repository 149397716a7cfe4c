import { z } from 'zod';
import { ANIMALS } from './generator';
import type { Mix, NutritionLabel } from './dataset';
import type { Evaluation } from './evaluate';

const percent = z.number().min(0).max(100).nullable();

/** One training run as the artifact keeps it: the mix, what it held, and how the model did. */
export const runSummarySchema = z.object({
	/** Built-in drawings or real Quick, Draw! ones. */
	source: z.enum(['starter', 'quickdraw']).default('starter'),
	mix: z.object({
		cows: z.number().int().min(0).max(10_000),
		spottedShare: z.number().min(0).max(1),
		horses: z.number().int().min(0).max(10_000),
		pigs: z.number().int().min(0).max(10_000),
		sheep: z.number().int().min(0).max(10_000)
	}),
	drawings: z.number().int().min(0).max(100_000),
	/** When the plain cows repeat a few drawings: how many different ones (else null). */
	differentPlain: z.number().int().min(0).max(100_000).nullable().default(null),
	ownDrawings: z.number().int().min(0).max(100_000),
	accuracy: percent,
	perAnimal: z.object(
		Object.fromEntries(ANIMALS.map((a) => [a, percent])) as Record<
			(typeof ANIMALS)[number],
			typeof percent
		>
	),
	spotted: percent,
	plain: percent,
	gap: z.number().min(-100).max(100).nullable(),
	seconds: z.number().min(0).max(3600)
});
export type RunSummary = z.output<typeof runSummarySchema>;

/** The doodle lab's artifact: the first run and the latest, for before and after. */
export const experimentArtifactSchema = z.object({
	runs: z.array(runSummarySchema).min(1).max(2)
});
export type ExperimentArtifact = z.output<typeof experimentArtifactSchema>;

const round = (value: number | null, digits = 1) =>
	value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export function summarizeRun(
	mix: Mix,
	label: NutritionLabel,
	evaluation: Evaluation,
	milliseconds: number,
	source: RunSummary['source'] = 'starter'
): RunSummary {
	return {
		source,
		// What was really trained on (real pools may hold fewer than the sliders asked for, and the
		// class's own drawings come on top), not what the sliders said.
		mix: {
			cows: label.perAnimal.cow,
			spottedShare: label.spottedShare ?? mix.spottedShare,
			horses: label.perAnimal.horse,
			pigs: label.perAnimal.pig,
			sheep: label.perAnimal.sheep
		},
		drawings: label.total,
		differentPlain: label.differentPlain < label.cows.plain ? label.differentPlain : null,
		ownDrawings: label.perSource.class,
		accuracy: round(evaluation.overall.accuracy),
		perAnimal: Object.fromEntries(
			ANIMALS.map((a) => [a, round(evaluation.perAnimal[a].accuracy)])
		) as RunSummary['perAnimal'],
		spotted: round(evaluation.perGroup.spotted?.accuracy ?? null),
		plain: round(evaluation.perGroup.plain?.accuracy ?? null),
		gap: round(evaluation.gap),
		seconds: round(milliseconds / 1000, 2)!
	};
}

/** Before and after: the first run of the session, and the latest when there is more than one. */
export function experimentArtifact(runs: readonly RunSummary[]): ExperimentArtifact {
	return { runs: runs.length > 1 ? [runs[0]!, runs.at(-1)!] : [...runs] };
}
