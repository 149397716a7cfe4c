import { ANIMALS, generateDoodle, type Animal } from '../generator';
import { drawingOf, groupOf, type DoodleItem } from '../dataset';
import type { TrainingSet } from '../model';
import { rasterize } from '../raster';

export type LabelledSet = TrainingSet & { groups: string[] };

/**
 * Starter-set rasters for tests and calibration: `counts` drawings of each animal in order (the
 * label is the animal's position), the first `spottedShare` of the cows spotted. `groups` names
 * each drawing's animal, or "spotted"/"plain" for cows.
 */
export function starterSet(
	counts: Partial<Record<Animal, number>>,
	seed: number,
	spottedShare = 0.5
): LabelledSet {
	const animals = Object.keys(counts) as Animal[];
	const count = animals.reduce((sum, animal) => sum + (counts[animal] ?? 0), 0);
	const pixels = new Float32Array(count * 784);
	const labels = new Int32Array(count);
	const groups: string[] = [];
	let i = 0;
	animals.forEach((animal, label) => {
		const n = counts[animal] ?? 0;
		for (let k = 0; k < n; k++, i++) {
			const spotted = animal === 'cow' && k < Math.round(n * spottedShare);
			pixels.set(rasterize(generateDoodle(animal, seed + i, spotted).drawing), i * 784);
			labels[i] = label;
			groups.push(animal === 'cow' ? (spotted ? 'spotted' : 'plain') : animal);
		}
	});
	return { pixels, labels, count, size: 28, classes: animals.length, groups };
}

/** The rasters and labels of dataset items, as the training worker builds them. */
export function trainingSetOf(items: readonly DoodleItem[]): LabelledSet {
	const pixels = new Float32Array(items.length * 784);
	items.forEach((item, i) => pixels.set(rasterize(drawingOf(item)!), i * 784));
	return {
		pixels,
		labels: Int32Array.from(items, (item) => ANIMALS.indexOf(item.animal)),
		count: items.length,
		size: 28,
		classes: ANIMALS.length,
		groups: items.map(groupOf)
	};
}
