/**
 * Calibrates the starter-set generator against the real classifier: trains on a biased mix
 * (90 % spotted cows) and a balanced one (50 %), over several seeds, and prints the accuracy gap
 * between spotted and plain cows and how many plain cows were taken for horses.
 *
 *   npx tsx scripts/doodle-calibration.ts
 *   SHAPES='{"cow":{"legLength":[30,39]}}' EPOCHS=8 HIDDEN=64 LR=0.003 BATCH=32 SEEDS=1,2,3 \
 *     npx tsx scripts/doodle-calibration.ts
 *
 * The lesson needs a gap of 30 points or more for the biased mix and under 10 for the balanced.
 */
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { COW_SHAPE, HORSE_SHAPE } from '../src/lib/doodle/generator';
import { DEFAULT_TRAINING, trainClassifier } from '../src/lib/doodle/model';
import { starterSet } from '../src/lib/doodle/testing/sets';

const mix = (cows: number, spottedShare: number, others: number, seed: number) =>
	starterSet({ cow: cows, horse: others, pig: others, sheep: others }, seed, spottedShare);

const shapes = JSON.parse(process.env.SHAPES ?? '{}') as { cow?: object; horse?: object };
Object.assign(COW_SHAPE, shapes.cow ?? {});
Object.assign(HORSE_SHAPE, shapes.horse ?? {});
const epochs = Number(process.env.EPOCHS ?? DEFAULT_TRAINING.epochs);
const hidden = Number(process.env.HIDDEN ?? DEFAULT_TRAINING.hidden);
const learningRate = Number(process.env.LR ?? DEFAULT_TRAINING.learningRate);
const batchSize = Number(process.env.BATCH ?? DEFAULT_TRAINING.batchSize);
const seeds = (process.env.SEEDS ?? '1,2,3').split(',').map(Number);

await tf.setBackend('wasm');
const test = mix(300, 0.5, 150, 900_000);
for (const share of [0.9, 0.5]) {
	const rows: string[] = [];
	for (const seed of seeds) {
		const train = mix(500, share, 500, seed * 10_000);
		const model = await trainClassifier(train, { seed, epochs, hidden, learningRate, batchSize });
		const probabilities = model.predictBatch(test.pixels, test.count);
		model.dispose();
		const right: Record<string, [number, number]> = {};
		let plainAsHorse = 0;
		for (let i = 0; i < test.count; i++) {
			const row = Array.from(probabilities.slice(i * 4, i * 4 + 4));
			const guess = row.indexOf(Math.max(...row));
			const group = test.groups[i]!;
			right[group] ??= [0, 0];
			right[group][1]++;
			if (guess === test.labels[i]) right[group][0]++;
			if (group === 'plain' && guess === 1) plainAsHorse++;
		}
		const accuracy = (group: string) => (100 * right[group]![0]) / right[group]![1];
		rows.push(
			`seed ${seed}: spotted ${accuracy('spotted').toFixed(0)} %, plain ${accuracy('plain').toFixed(0)} %, gap ${(accuracy('spotted') - accuracy('plain')).toFixed(0)}, plain as horse ${plainAsHorse}/150`
		);
	}
	console.log(`${share * 100} % spotted\n  ${rows.join('\n  ')}`);
}
