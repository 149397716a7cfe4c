import { describe, expect, it } from 'vitest';
import {
	BIASED_MIX,
	REAL_BIASED_MIX,
	poolLimits,
	poolMix,
	splitRealDrawings,
	withClassLabels,
	balancedTestSet,
	drawingOf,
	nutritionLabel,
	sampleItems,
	starterDrawing,
	starterItemFromKey,
	starterKey,
	starterMix,
	startingMix,
	shippedItems,
	withServerDrawings,
	fewPlainCows,
	type DoodleItem
} from './dataset';
import { readFileSync } from 'node:fs';
import { decodeSubset } from './subset';

describe('doodle datasets', () => {
	it('builds the lesson’s starting mix: 450 spotted and 50 plain cows, 500 of each other animal', () => {
		const items = starterMix(BIASED_MIX);
		const label = nutritionLabel(items);
		expect(label).toEqual({
			total: 2000,
			perAnimal: { cow: 500, horse: 500, pig: 500, sheep: 500 },
			cows: { spotted: 450, plain: 50, unlabelled: 0 },
			differentPlain: 50,
			spottedShare: 0.9,
			perSource: { starter: 2000, class: 0, quickdraw: 0 }
		});
		expect(new Set(items.map((item) => item.key)).size).toBe(2000);
	});

	it('keeps the drawings already in a mix when a slider moves', () => {
		const before = starterMix({ ...BIASED_MIX, spottedShare: 0.5 }).map((item) => item.key);
		const after = new Set(starterMix(BIASED_MIX).map((item) => item.key));
		const kept = before.filter((key) => after.has(key));
		// 250 plain cows become 50: the other 1,750 drawings stay the very same ones.
		expect(kept).toHaveLength(2000 - 250 + 50);
	});

	it('makes every built-in drawing again from its key, and keeps test and training drawings apart', () => {
		const key = starterKey('train', 'cow', 'spotted', 7);
		expect(starterItemFromKey(key)).toEqual({
			key,
			animal: 'cow',
			subgroup: 'spotted',
			source: 'starter'
		});
		expect(starterDrawing(key)).toEqual(starterDrawing(key));
		expect(starterDrawing(key)).not.toEqual(
			starterDrawing(starterKey('test', 'cow', 'spotted', 7))
		);
		expect(starterDrawing(key)).not.toEqual(
			starterDrawing(starterKey('train', 'cow', 'spotted', 8))
		);
		for (const bad of [
			'starter:train:cow:none:1',
			'starter:train:pig:spotted:1',
			'starter:train:dog:none:1',
			'starter:other:pig:none:1',
			'class:abc'
		])
			expect(starterDrawing(bad), bad).toBeNull();
		const test = balancedTestSet(150);
		expect(nutritionLabel(test).cows).toEqual({ spotted: 150, plain: 150, unlabelled: 0 });
		const train = new Set(starterMix({ ...BIASED_MIX, cows: 800 }).map((item) => item.key));
		expect(test.some((item) => train.has(item.key))).toBe(false);
	});

	it('counts a class’s own drawings by source and unlabelled cows apart', () => {
		const own: DoodleItem[] = [
			{ key: 'class:1', animal: 'cow', subgroup: null, source: 'class', drawing: [[[0], [0]]] },
			{ key: 'class:2', animal: 'cow', subgroup: 'plain', source: 'class', drawing: [[[0], [0]]] }
		];
		const label = nutritionLabel([...starterMix({ ...BIASED_MIX, cows: 10 }), ...own]);
		expect(label.cows).toEqual({ spotted: 9, plain: 2, unlabelled: 1 });
		expect(label.perSource.class).toBe(2);
		expect(label.spottedShare).toBeCloseTo(9 / 11);
		expect(drawingOf(own[0]!)).toEqual([[[0], [0]]]);
	});

	it('picks sample drawings from every group', () => {
		const samples = sampleItems(starterMix(BIASED_MIX), 3);
		expect(samples.map((item) => item.subgroup ?? item.animal)).toEqual([
			...Array(3).fill('spotted'),
			...Array(3).fill('plain'),
			...Array(3).fill('horse'),
			...Array(3).fill('pig'),
			...Array(3).fill('sheep')
		]);
	});
});

describe('real drawings in the lab', () => {
	const real = (
		animal: DoodleItem['animal'],
		subgroup: DoodleItem['subgroup'],
		n: number,
		heldOut?: (i: number) => boolean
	) =>
		Array.from({ length: n }, (_, i): DoodleItem => ({
			key: `qd:${animal}:${subgroup}:${i}`,
			animal,
			subgroup,
			source: 'quickdraw',
			drawing: [[[i], [0]]],
			...(heldOut ? { heldOut: heldOut(i) } : {})
		}));
	const third = (i: number) => i % 3 === 2;
	const items = [
		...real('cow', 'spotted', 120, third),
		...real('cow', 'plain', 90, third),
		...real('horse', null, 300, third),
		...real('pig', null, 300, third),
		...real('sheep', null, 300, third)
	];

	it('keeps the drawings the subset holds out for the test, never trained on', () => {
		const { train, test } = splitRealDrawings(items);
		expect(nutritionLabel(test).perAnimal).toEqual({ cow: 70, horse: 100, pig: 100, sheep: 100 });
		expect(nutritionLabel(test).cows).toMatchObject({ spotted: 40, plain: 30, unlabelled: 0 });
		expect(poolLimits(train)).toEqual({ cows: 80 + 60, horses: 200, pigs: 200, sheep: 200 });
		const trained = new Set(
			Object.values(train)
				.flat()
				.map((item) => item.key)
		);
		expect(test.some((item) => trained.has(item.key))).toBe(false);
	});

	it('takes a mix from the pools, never more than they hold', () => {
		const { train } = splitRealDrawings(items);
		const mix = { ...REAL_BIASED_MIX, cows: 100 };
		expect(nutritionLabel(poolMix(mix, train)).cows).toEqual({
			spotted: 80,
			plain: 10,
			unlabelled: 0
		});
		const greedy = nutritionLabel(
			poolMix(
				{ cows: 400, spottedShare: 0.1, horses: 999, pigs: 0, sheep: 1, plainCows: 'different' },
				train
			)
		);
		expect(greedy.cows).toEqual({ spotted: 40, plain: 60, unlabelled: 0 });
		expect(greedy.perAnimal).toEqual({ cow: 100, horse: 200, pig: 0, sheep: 1 });
	});

	it('balances with many different plain cows, or with the same few repeated', () => {
		const { train } = splitRealDrawings([
			...real('cow', 'spotted', 600, () => false),
			...real('cow', 'plain', 400, () => false)
		]);
		const balanced = { ...REAL_BIASED_MIX, spottedShare: 0.5 };
		const different = nutritionLabel(poolMix(balanced, train));
		expect(different.cows).toEqual({ spotted: 300, plain: 300, unlabelled: 0 });
		expect(different.differentPlain).toBe(300);
		const same = poolMix({ ...balanced, plainCows: 'same' }, train);
		const label = nutritionLabel(same);
		expect(label.cows).toEqual({ spotted: 300, plain: 300, unlabelled: 0 });
		// "The same few" are the plain cows of the starting mix: 60 of them, five times each.
		expect(fewPlainCows('quickdraw')).toBe(60);
		expect(label.differentPlain).toBe(60);
		const starting = poolMix(REAL_BIASED_MIX, train).filter((item) => item.subgroup === 'plain');
		expect(new Set(same.filter((i) => i.subgroup === 'plain').map((i) => i.key))).toEqual(
			new Set(starting.map((item) => item.key))
		);
		// The gallery shows each drawing once.
		const shown = sampleItems(same, 100).map((item) => item.key);
		expect(new Set(shown).size).toBe(shown.length);
		// The same choice works on the built-in drawings.
		const builtIn = nutritionLabel(
			starterMix({ ...BIASED_MIX, spottedShare: 0.5, plainCows: 'same' })
		);
		expect([builtIn.cows.plain, builtIn.differentPlain]).toEqual([250, fewPlainCows('starter')]);
	});

	it('uses unlabelled cows a server adds when too few are labelled', () => {
		const { train } = splitRealDrawings(real('cow', null, 60));
		expect(nutritionLabel(poolMix({ ...REAL_BIASED_MIX, cows: 50 }, train)).cows).toEqual({
			spotted: 0,
			plain: 0,
			unlabelled: 50
		});
	});

	it('adds the class’s labels without moving drawings between training and test', () => {
		const split = splitRealDrawings([
			...real('cow', null, 90, third),
			...real('pig', null, 90, third)
		]);
		const testCow = split.test.find((item) => item.animal === 'cow')!;
		const labelled = withClassLabels(split, {
			'qd:cow:null:0': 'spotted',
			[testCow.key]: 'plain',
			'qd:pig:null:0': 'spotted'
		});
		expect(labelled.train.spotted.map((item) => item.key)).toEqual(['qd:cow:null:0']);
		expect(labelled.train.unlabelled).toHaveLength(59);
		expect(labelled.train.pig[0]!.subgroup).toBeNull();
		expect(labelled.test.map((item) => item.key)).toEqual(split.test.map((item) => item.key));
		expect(labelled.test.find((item) => item.key === testCow.key)!.subgroup).toBe('plain');
		// One labelled cow does not empty the mix: unlabelled cows make up the rest.
		expect(nutritionLabel(poolMix(REAL_BIASED_MIX, labelled.train)).cows).toEqual({
			spotted: 1,
			plain: 0,
			unlabelled: 59
		});
	});

	it('reads the shipped subset with its held-out split, and adds only the server drawings it lacks', () => {
		const shipped = shippedItems(
			decodeSubset(new Uint8Array(readFileSync('static/doodles/quickdraw-subset.bin')))
		);
		const { train, test } = splitRealDrawings(shipped);
		expect(nutritionLabel(test).cows).toMatchObject({ spotted: 327, plain: 211 });
		expect(nutritionLabel(test).perAnimal).toMatchObject({ horse: 300, pig: 300, sheep: 300 });
		expect(poolLimits(train)).toEqual({ cows: 656 + 422, horses: 800, pigs: 800, sheep: 800 });
		// The lab's starting mix fits the pools: 540 spotted and 60 plain cows, 600 of each other.
		expect(nutritionLabel(poolMix(REAL_BIASED_MIX, train))).toMatchObject({
			perAnimal: { cow: 600, horse: 600, pig: 600, sheep: 600 },
			cows: { spotted: 540, plain: 60, unlabelled: 0 }
		});
		const inSubset = shipped.find((item) => item.animal === 'horse')!;
		const position = inSubset.key.split(':')[2];
		const server: DoodleItem[] = [
			{ ...inSubset, key: `quickdraw:horse:${position}`, heldOut: undefined },
			{ key: 'quickdraw:cow:4000', animal: 'cow', subgroup: null, source: 'quickdraw' }
		];
		const merged = withServerDrawings(shipped, server);
		expect(merged).toHaveLength(shipped.length + 1);
		expect(merged.at(-1)).toMatchObject({ key: 'quickdraw:cow:4000', heldOut: false });
	});
});

describe('the mix a lesson starts from', () => {
	it('is mostly spotted cows or already balanced, on built-in or real drawings', () => {
		expect(startingMix('biased', 'starter')).toEqual(BIASED_MIX);
		expect(startingMix('balanced', 'starter')).toEqual({ ...BIASED_MIX, spottedShare: 0.5 });
		expect(startingMix('biased', 'quickdraw')).toEqual(REAL_BIASED_MIX);
		expect(startingMix('balanced', 'quickdraw')).toEqual({ ...REAL_BIASED_MIX, spottedShare: 0.5 });
		// A copy: the lab's sliders never change the constants.
		expect(startingMix('biased', 'starter')).not.toBe(BIASED_MIX);
		expect(startingMix('biased', 'quickdraw').plainCows).toBe('different');
	});
});
