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
import { COW_SHAPE, HORSE_SHAPE, generateDoodle } from '../src/lib/doodle/generator';
import { rasterize } from '../src/lib/doodle/raster';
import { DEFAULT_TRAINING, trainClassifier, type TrainingSet } from '../src/lib/doodle/model';

type Labelled = TrainingSet & { groups: string[] };

function mix(cows: number, spottedShare: number, others: number, seed: number): Labelled {
	const groups: string[] = [];
	const labels: number[] = [];
	const rasters: Float32Array[] = [];
	let next = seed;
	for (let i = 0; i < cows; i++) {
		const spotted = i < Math.round(cows * spottedShare);
		rasters.push(rasterize(generateDoodle('cow', next++, spotted).drawing));
		labels.push(0);
		groups.push(spotted ? 'spotted' : 'plain');
	}
	(['horse', 'pig', 'sheep'] as const).forEach((animal, k) => {
		for (let i = 0; i < others; i++) {
			rasters.push(rasterize(generateDoodle(animal, next++).drawing));
			labels.push(k + 1);
			groups.push(animal);
		}
	});
	const pixels = new Float32Array(rasters.length * 784);
	rasters.forEach((raster, i) => pixels.set(raster, i * 784));
	return {
		pixels,
		labels: Int32Array.from(labels),
		count: rasters.length,
		size: 28,
		classes: 4,
		groups
	};
}

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
