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
import { BALANCED_MIX, BIASED_MIX, balancedTestSet, starterMix } from '../src/lib/doodle/dataset';
import { evaluate } from '../src/lib/doodle/evaluate';
import { trainingSetOf } from '../src/lib/doodle/testing/sets';

const shapes = JSON.parse(process.env.SHAPES ?? '{}') as { cow?: object; horse?: object };
Object.assign(COW_SHAPE, shapes.cow ?? {});
Object.assign(HORSE_SHAPE, shapes.horse ?? {});
const epochs = Number(process.env.EPOCHS ?? DEFAULT_TRAINING.epochs);
const hidden = Number(process.env.HIDDEN ?? DEFAULT_TRAINING.hidden);
const learningRate = Number(process.env.LR ?? DEFAULT_TRAINING.learningRate);
const batchSize = Number(process.env.BATCH ?? DEFAULT_TRAINING.batchSize);
const seeds = (process.env.SEEDS ?? '1,2,3').split(',').map(Number);

await tf.setBackend('wasm');
// Exactly the lab's data: its starting mix, the balanced mix and its test set. Only the model's
// seed changes between runs, as between students.
const test = balancedTestSet();
const testSet = trainingSetOf(test);
for (const mix of [BIASED_MIX, BALANCED_MIX]) {
	const train = trainingSetOf(starterMix(mix));
	const rows: string[] = [];
	for (const seed of seeds) {
		const model = await trainClassifier(train, { seed, epochs, hidden, learningRate, batchSize });
		const result = evaluate(test, model.predictBatch(testSet.pixels, testSet.count));
		model.dispose();
		const plainAsHorse = test.filter(
			(item, i) => item.subgroup === 'plain' && result.guesses[i] === 1
		).length;
		rows.push(
			`seed ${seed}: spotted ${result.perGroup.spotted!.accuracy!.toFixed(0)} %, plain ${result.perGroup.plain!.accuracy!.toFixed(0)} %, gap ${result.gap!.toFixed(0)}, plain as horse ${plainAsHorse}/150, overall ${result.overall.accuracy!.toFixed(0)} %`
		);
	}
	console.log(`${mix.spottedShare * 100} % spotted\n  ${rows.join('\n  ')}`);
}
