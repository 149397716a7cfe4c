import { describe, expect, it } from 'vitest';
import { BIASED_MIX, nutritionLabel, starterMix } from './dataset';
import { evaluate } from './evaluate';
import { experimentArtifact, experimentArtifactSchema, summarizeRun } from './experiment';

describe('the experiment summary saved as the artifact', () => {
	it('keeps the mix, the accuracies rounded to one decimal and the gap; before and after only', () => {
		const items = starterMix({
			...BIASED_MIX,
			cows: 3,
			spottedShare: 2 / 3,
			horses: 0,
			pigs: 0,
			sheep: 0
		});
		// Test set: two spotted cows found, one plain cow taken for a horse.
		const test = [
			{
				key: 'a',
				animal: 'cow' as const,
				subgroup: 'spotted' as const,
				source: 'starter' as const
			},
			{
				key: 'b',
				animal: 'cow' as const,
				subgroup: 'spotted' as const,
				source: 'starter' as const
			},
			{ key: 'c', animal: 'cow' as const, subgroup: 'plain' as const, source: 'starter' as const },
			{ key: 'd', animal: 'horse' as const, subgroup: null, source: 'starter' as const }
		];
		const probabilities = [1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0];
		const summary = summarizeRun(
			{ ...BIASED_MIX, cows: 3, spottedShare: 2 / 3, horses: 0, pigs: 0, sheep: 0 },
			nutritionLabel(items),
			evaluate(test, probabilities),
			3123.4
		);
		expect(summary).toMatchObject({
			mix: { cows: 3, spottedShare: 2 / 3, horses: 0, pigs: 0, sheep: 0 },
			drawings: 3,
			ownDrawings: 0,
			accuracy: 75,
			perAnimal: { cow: 66.7, horse: 100, pig: null, sheep: null },
			spotted: 100,
			plain: 0,
			gap: 100,
			seconds: 3.12
		});
		expect(experimentArtifactSchema.safeParse(experimentArtifact([summary])).success).toBe(true);
		const later = { ...summary, gap: 4 };
		const third = { ...summary, gap: 2 };
		expect(experimentArtifact([summary, later, third]).runs).toEqual([summary, third]);
	});
	it('says how many different plain cows a mix repeated, and nothing when they were all different', () => {
		const test = [
			{ key: 't', animal: 'cow' as const, subgroup: 'plain' as const, source: 'starter' as const }
		];
		const balanced = { ...BIASED_MIX, spottedShare: 0.5 };
		const run = (mix: typeof balanced) =>
			summarizeRun(mix, nutritionLabel(starterMix(mix)), evaluate(test, [1, 0, 0, 0]), 1000);
		expect(run({ ...balanced, plainCows: 'same' }).differentPlain).toBe(50);
		expect(run(balanced).differentPlain).toBeNull();
		// Artifacts saved before the field existed still read.
		const { differentPlain, ...old } = run(balanced);
		expect(differentPlain).toBeNull();
		expect(experimentArtifactSchema.parse({ runs: [old] }).runs[0]!.differentPlain).toBeNull();
	});
});
