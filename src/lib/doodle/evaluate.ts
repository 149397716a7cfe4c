import { ANIMALS, type Animal, type Subgroup } from './generator';
import { groupOf, type DoodleItem, type Group } from './dataset';

export interface Tally {
	correct: number;
	total: number;
	/** Percent, or null when there was nothing to count. */
	accuracy: number | null;
}

export interface SubgroupRates {
	/** Of this subgroup's cows, the percent the model called "cow". */
	recall: number | null;
	/**
	 * Of the drawings the model called "cow", counting only this subgroup's cows and the other
	 * animals, the percent that really were cows.
	 */
	precision: number | null;
}

export interface Evaluation {
	overall: Tally;
	perAnimal: Record<Animal, Tally>;
	perGroup: Partial<Record<Group, Tally>>;
	/** Spotted minus plain cow accuracy, in points (null without both). */
	gap: number | null;
	/** `confusion[actual][guess]`: the test drawings (their indices) in each cell. */
	confusion: number[][][];
	/** The model's guess (an index into ANIMALS) for each test drawing. */
	guesses: number[];
	cowRates: Record<Subgroup, SubgroupRates>;
}

const percent = (part: number, whole: number) => (whole ? (100 * part) / whole : null);

function tally(correct: number, total: number): Tally {
	return { correct, total, accuracy: percent(correct, total) };
}

export function argmax(values: ArrayLike<number>, from = 0, length = values.length): number {
	let best = 0;
	for (let i = 1; i < length; i++) if (values[from + i]! > values[from + best]!) best = i;
	return best;
}

/** Scores a model's probabilities (one row of ANIMALS.length per item) against the true animals. */
export function evaluate(
	items: readonly DoodleItem[],
	probabilities: ArrayLike<number>
): Evaluation {
	const classes = ANIMALS.length;
	if (probabilities.length !== items.length * classes)
		throw new Error(
			`Expected ${items.length * classes} probabilities, got ${probabilities.length}.`
		);
	const confusion = ANIMALS.map(() => ANIMALS.map((): number[] => []));
	const guesses: number[] = [];
	const groups = new Map<Group, [number, number]>();
	items.forEach((item, i) => {
		const actual = ANIMALS.indexOf(item.animal);
		const guess = argmax(probabilities, i * classes, classes);
		guesses.push(guess);
		confusion[actual]![guess]!.push(i);
		const group = groupOf(item);
		const counts = groups.get(group) ?? [0, 0];
		if (guess === actual) counts[0]++;
		counts[1]++;
		groups.set(group, counts);
	});
	const perAnimal = Object.fromEntries(
		ANIMALS.map((animal, a) => {
			const row = confusion[a]!;
			const total = row.reduce((sum, cell) => sum + cell.length, 0);
			return [animal, tally(row[a]!.length, total)];
		})
	) as Record<Animal, Tally>;
	const perGroup = Object.fromEntries(
		[...groups].map(([group, [correct, total]]) => [group, tally(correct, total)])
	);
	const correct = ANIMALS.reduce((sum, _, a) => sum + confusion[a]![a]!.length, 0);
	const spotted = perGroup.spotted?.accuracy ?? null;
	const plain = perGroup.plain?.accuracy ?? null;
	// Non-cows called "cow": shared by both subgroups' precision.
	const falseCows = items.filter((item, i) => item.animal !== 'cow' && guesses[i] === 0).length;
	const rates = (subgroup: Subgroup): SubgroupRates => {
		const found = items.filter(
			(item, i) => item.animal === 'cow' && item.subgroup === subgroup && guesses[i] === 0
		).length;
		const all = items.filter((item) => item.animal === 'cow' && item.subgroup === subgroup).length;
		return { recall: percent(found, all), precision: percent(found, found + falseCows) };
	};
	return {
		overall: tally(correct, items.length),
		perAnimal,
		perGroup,
		gap: spotted !== null && plain !== null ? spotted - plain : null,
		confusion,
		guesses,
		cowRates: { spotted: rates('spotted'), plain: rates('plain') }
	};
}

export interface Guess {
	animal: Animal;
	/** 0 to 1. */
	confidence: number;
}

/** The model's best guesses for one drawing, most confident first. */
export function topGuesses(probabilities: ArrayLike<number>, k = 3): Guess[] {
	return ANIMALS.map((animal, i) => ({ animal, confidence: probabilities[i] ?? 0 }))
		.sort((a, b) => b.confidence - a.confidence)
		.slice(0, k);
}
