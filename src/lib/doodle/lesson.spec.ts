import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainClassifier } from './model';
import { starterSet, type LabelledSet } from './testing/sets';

/**
 * The spotted-cows lesson, proved on the built-in data: a mix of mostly spotted cows teaches the
 * model "spots mean cow", so plain cows are taken for horses; a balanced mix fixes it.
 */
const mix = (cows: number, spottedShare: number, others: number, seed: number) =>
	starterSet({ cow: cows, horse: others, pig: others, sheep: others }, seed, spottedShare);

async function subgroupResults(share: number, seed: number, test: LabelledSet) {
	const model = await trainClassifier(mix(500, share, 500, seed * 10_000), { seed });
	const probabilities = model.predictBatch(test.pixels, test.count);
	model.dispose();
	const tally = { spotted: [0, 0], plain: [0, 0], plainAsHorse: 0 };
	for (let i = 0; i < test.count; i++) {
		const group = test.groups[i];
		if (group !== 'spotted' && group !== 'plain') continue;
		const row = Array.from(probabilities.slice(i * 4, i * 4 + 4));
		const guess = row.indexOf(Math.max(...row));
		tally[group][1]!++;
		if (guess === 0) tally[group][0]!++;
		else if (group === 'plain' && guess === 1) tally.plainAsHorse++;
	}
	const spotted = (100 * tally.spotted[0]!) / tally.spotted[1]!;
	const plain = (100 * tally.plain[0]!) / tally.plain[1]!;
	return {
		gap: spotted - plain,
		plainMisses: tally.plain[1]! - tally.plain[0]!,
		plainAsHorse: tally.plainAsHorse
	};
}

beforeAll(async () => {
	await tf.setBackend('wasm');
});

describe('the spotted-cows lesson on the built-in data', () => {
	it('a 90 %-spotted mix leaves plain cows far behind (mostly taken for horses); a balanced mix closes the gap', async () => {
		const test = mix(300, 0.5, 150, 900_000);
		const seeds = [1, 2, 3, 4, 5];
		type Result = Awaited<ReturnType<typeof subgroupResults>>;
		const biased: Result[] = [];
		const balanced: Result[] = [];
		for (const seed of seeds) {
			biased.push(await subgroupResults(0.9, seed, test));
			balanced.push(await subgroupResults(0.5, seed, test));
		}
		const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
		expect(mean(biased.map((r) => r.gap))).toBeGreaterThanOrEqual(30);
		expect(mean(balanced.map((r) => r.gap))).toBeLessThan(10);
		seeds.forEach((_, i) => expect(biased[i]!.gap).toBeGreaterThan(balanced[i]!.gap));
		for (const result of biased)
			expect(result.plainAsHorse).toBeGreaterThan(result.plainMisses / 2);
	}, 180_000);
});
