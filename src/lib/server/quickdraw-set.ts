import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { config } from './config';
import { loadCategory, parseSpotLabels, type DoodleSource } from './doodle-data';
import { ANIMALS, type Animal, type Subgroup } from '../doodle/generator';
import type { SimplifiedDrawing } from '../doodle/strokes';

export interface RealDoodle {
	key: string;
	animal: Animal;
	subgroup: Subgroup | null;
	drawing: SimplifiedDrawing;
}

/** Enough for the lab's sliders and its test set, small enough for a classroom's Wi-Fi. */
export const REAL_PER_ANIMAL = 300;

/**
 * Cows 240-479 of the 5k cow file are the project's untouched evaluation set: never shown,
 * labelled or trained on, whatever the server is given.
 */
export const HELD_OUT_COWS = { first: 240, last: 479 };
const heldOut = (animal: Animal, index: number) =>
	animal === 'cow' && index >= HELD_OUT_COWS.first && index <= HELD_OUT_COWS.last;

/**
 * Real Quick, Draw! drawings for the lab, when the server has them (`DOODLE_DATA_DIR` or
 * `DOODLE_DATA_URL`): the first drawings of each animal, and the cows people labelled spotted or
 * plain (`DOODLE_SPOT_LABELS`; without labels, the first cows, unlabelled). Null when not set up.
 */
export async function loadRealDoodles(
	source: DoodleSource,
	labelsText: string | null
): Promise<RealDoodle[] | null> {
	if (!source.dir && !source.baseUrl) return null;
	const labels = labelsText ? parseSpotLabels(labelsText) : null;
	const labelled = labels
		? [...labels]
				.filter(([index, label]) => label !== 'unsure' && !heldOut('cow', index))
				.sort(([a], [b]) => a - b)
		: [];
	const items: RealDoodle[] = [];
	for (const animal of ANIMALS) {
		const wanted =
			animal === 'cow'
				? labelled.length
					? labelled.at(-1)![0] + 1
					: REAL_PER_ANIMAL + HELD_OUT_COWS.last + 1
				: REAL_PER_ANIMAL;
		const loaded = await loadCategory(source, animal, wanted);
		if (!loaded) return null;
		const drawings = loaded.drawings;
		if (animal === 'cow' && labelled.length) {
			for (const [index, label] of labelled) {
				const drawing = drawings[index]?.drawing;
				if (drawing)
					items.push({
						key: `quickdraw:cow:${index}`,
						animal,
						subgroup: label as Subgroup,
						drawing
					});
			}
		} else
			drawings
				.map((d, index) => ({ drawing: d.drawing, index }))
				.filter(({ index }) => !heldOut(animal, index))
				.slice(0, REAL_PER_ANIMAL)
				.forEach(({ drawing, index }) =>
					items.push({ key: `quickdraw:${animal}:${index}`, animal, subgroup: null, drawing })
				);
	}
	return items;
}

let cached: Promise<RealDoodle[] | null> | null = null;

/** The configured real drawings, read once per server process. */
export function realDoodles(): Promise<RealDoodle[] | null> {
	cached ??= (async () => {
		const labelsPath = config.doodleSpotLabels;
		const labelsText =
			labelsPath && existsSync(labelsPath) ? await readFile(labelsPath, 'utf8') : null;
		return loadRealDoodles(
			{ dir: config.doodleDataDir, baseUrl: config.doodleDataUrl },
			labelsText
		);
	})().catch((error) => {
		console.error('Quick, Draw! data could not be loaded:', error);
		cached = null;
		return null;
	});
	return cached;
}
