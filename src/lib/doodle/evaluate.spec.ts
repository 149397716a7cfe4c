import { describe, expect, it } from 'vitest';
import { argmax, evaluate, topGuesses } from './evaluate';
import type { DoodleItem } from './dataset';

const item = (
	animal: DoodleItem['animal'],
	subgroup: DoodleItem['subgroup'] = null
): DoodleItem => ({
	key: `${animal}-${subgroup}-${Math.random()}`,
	animal,
	subgroup,
	source: 'starter'
});
/** A probability row that puts its weight on one animal (cow, horse, pig, sheep). */
const says = (guess: number) => [0, 1, 2, 3].map((i) => (i === guess ? 0.7 : 0.1));

describe('scoring a model on the test set', () => {
	it('counts per animal and per subgroup, fills the confusion matrix, and measures the gap', () => {
		const items = [
			item('cow', 'spotted'),
			item('cow', 'spotted'),
			item('cow', 'plain'),
			item('cow', 'plain'),
			item('horse'),
			item('pig'),
			item('sheep'),
			item('sheep')
		];
		const guesses = [0, 0, 0, 1, 0, 2, 3, 3];
		const result = evaluate(items, guesses.flatMap(says));
		expect(result.guesses).toEqual(guesses);
		expect(result.overall).toEqual({ correct: 6, total: 8, accuracy: 75 });
		expect(result.perAnimal.cow).toEqual({ correct: 3, total: 4, accuracy: 75 });
		expect(result.perAnimal.horse).toEqual({ correct: 0, total: 1, accuracy: 0 });
		expect(result.perGroup.spotted).toEqual({ correct: 2, total: 2, accuracy: 100 });
		expect(result.perGroup.plain).toEqual({ correct: 1, total: 2, accuracy: 50 });
		expect(result.gap).toBe(50);
		// Really a cow, guessed horse: the second plain cow (index 3).
		expect(result.confusion[0]![1]).toEqual([3]);
		expect(result.confusion[1]![0]).toEqual([4]);
		expect(result.confusion[3]![3]).toEqual([6, 7]);
		// Recall: 2 of 2 spotted, 1 of 2 plain. The horse called "cow" counts against both.
		expect(result.cowRates.spotted).toEqual({ recall: 100, precision: (100 * 2) / 3 });
		expect(result.cowRates.plain).toEqual({ recall: 50, precision: 50 });
	});

	it('leaves out what it cannot measure, and refuses probabilities of the wrong size', () => {
		const result = evaluate([item('pig')], says(2));
		expect(result.gap).toBeNull();
		expect(result.perAnimal.cow.accuracy).toBeNull();
		expect(result.cowRates.plain).toEqual({ recall: null, precision: null });
		expect(() => evaluate([item('pig')], [0.5, 0.5])).toThrow('Expected 4 probabilities, got 2.');
	});

	it('gives the three best guesses, most confident first', () => {
		expect(topGuesses([0.1, 0.6, 0.05, 0.25])).toEqual([
			{ animal: 'horse', confidence: 0.6 },
			{ animal: 'sheep', confidence: 0.25 },
			{ animal: 'cow', confidence: 0.1 }
		]);
		expect(argmax([0, 3, 1, 3])).toBe(1);
		expect(argmax([9, 0, 1, 2, 5], 1, 4)).toBe(3);
	});
});
