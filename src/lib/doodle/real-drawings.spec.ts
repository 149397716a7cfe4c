import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeExtractor, extractFeatures, featureCount } from './features';
import { predictHead, trainHead } from './head';
import { DEFAULT_RASTER, rasterize } from './raster';
import { decodeSubset, type SubsetDrawing } from './subset';
import {
	REAL_BIASED_MIX,
	groupOf,
	poolMix,
	shippedItems,
	splitRealDrawings,
	type DoodleItem,
	type Mix
} from './dataset';
import { ANIMALS } from './generator';

/**
 * What the lesson may say about the model on real drawings, proved on the shipped subset and
 * extractor with the held-out drawings: it works, the bias comes from the mix, and which fix
 * helps (bench/README.md, "research", records the same figures).
 */
const drawings = decodeSubset(new Uint8Array(readFileSync('static/doodles/quickdraw-subset.bin')));
const extractor = decodeExtractor(new Uint8Array(readFileSync('static/doodles/features-v1.bin')));
const per = featureCount(extractor);
let features: Float32Array;

beforeAll(async () => {
	await tf.setBackend('wasm');
	const pixels = new Float32Array(drawings.length * 784);
	drawings.forEach((d, i) => pixels.set(rasterize(d.drawing, DEFAULT_RASTER), i * 784));
	features = extractFeatures(extractor, pixels, drawings.length);
});

type Group = 'spotted' | 'plain' | 'horse' | 'pig' | 'sheep';
const CLASS: Record<Group, number> = { spotted: 0, plain: 0, horse: 1, pig: 2, sheep: 3 };
const group = (d: SubsetDrawing): Group => d.subgroup ?? (d.animal as Group);
const indexes = (g: Group, test: boolean) =>
	drawings.flatMap((d, i) => (group(d) === g && d.test === test ? [i] : []));

/** Trains on the first drawings of each group (picks are positions in the group's pool). */
function recognised(mix: [Group, number[]][]) {
	const ids = mix.flatMap(([g, picks]) => picks.map((k) => indexes(g, false)[k]!));
	const labels = Int32Array.from(mix.flatMap(([g, picks]) => picks.map(() => CLASS[g])));
	const rows = new Float32Array(ids.length * per);
	ids.forEach((id, k) => rows.set(features.subarray(id * per, (id + 1) * per), k * per));
	const head = trainHead(rows, labels, ids.length, per, 4);
	const share = (g: Group) => {
		const test = indexes(g, true);
		const x = new Float32Array(test.length * per);
		test.forEach((id, k) => x.set(features.subarray(id * per, (id + 1) * per), k * per));
		const p = predictHead(head, x, test.length);
		let right = 0;
		for (let i = 0; i < test.length; i++) {
			const row = [...p.subarray(i * 4, i * 4 + 4)];
			if (row.indexOf(Math.max(...row)) === CLASS[g]) right++;
		}
		return (100 * right) / test.length;
	};
	const spotted = share('spotted');
	const plain = share('plain');
	const [ns, np] = [indexes('spotted', true).length, indexes('plain', true).length];
	const cow = (spotted * ns + plain * np) / (ns + np);
	const animals = { cow, horse: share('horse'), pig: share('pig'), sheep: share('sheep') };
	const overall = (animals.cow + animals.horse + animals.pig + animals.sheep) / 4;
	return { spotted, plain, gap: spotted - plain, overall, animals };
}

const first = (n: number) => Array.from({ length: n }, (_, i) => i);
const others: [Group, number[]][] = [
	['horse', first(800)],
	['pig', first(800)],
	['sheep', first(800)]
];

describe('the model on real drawings it never saw', () => {
	it('recognises at least 80 % of them, and every animal at least 70 %, on a natural mix', () => {
		const result = recognised([['spotted', first(480)], ['plain', first(320)], ...others]);
		expect(result.overall).toBeGreaterThanOrEqual(80);
		for (const value of Object.values(result.animals)) expect(value).toBeGreaterThanOrEqual(70);
	});

	it('learns the bias of a 90 % spotted mix: plain cows missed, a gap of at least 30 points', () => {
		const result = recognised([['spotted', first(720)], ['plain', first(80)], ...others]);
		expect(result.gap).toBeGreaterThanOrEqual(30);
	});

	it('is fixed far more by many different plain cows than by more of the same few', () => {
		const same = recognised([
			['spotted', first(400)],
			['plain', first(400).map((i) => i % 80)],
			...others
		]);
		const different = recognised([['spotted', first(400)], ['plain', first(400)], ...others]);
		expect(same.gap).toBeGreaterThanOrEqual(25);
		expect(different.gap).toBeLessThanOrEqual(same.gap - 10);
		expect(different.plain).toBeGreaterThanOrEqual(same.plain + 10);
		// An equal share is not equal accuracy: plain cows still trail.
		expect(different.gap).toBeGreaterThanOrEqual(10);
	});
});

/** The lab's own mixes, taken from the pools the page takes them from, tested on the page's test. */
describe('the mixes the lab offers, on the test the page shows', () => {
	const items = shippedItems(drawings);
	const row = new Map(items.map((item, i) => [item.key, i]));
	const { train, test } = splitRealDrawings(items);
	const rowsOf = (list: readonly DoodleItem[]) => {
		const rows = new Float32Array(list.length * per);
		list.forEach((item, k) => {
			const i = row.get(item.key)!;
			rows.set(features.subarray(i * per, (i + 1) * per), k * per);
		});
		return rows;
	};
	function run(mix: Mix, extra: readonly DoodleItem[] = []) {
		const mixed = [...poolMix(mix, train), ...extra];
		const labels = Int32Array.from(mixed, (item) => ANIMALS.indexOf(item.animal));
		const head = trainHead(rowsOf(mixed), labels, mixed.length, per, 4);
		const p = predictHead(head, rowsOf(test), test.length);
		const right: Record<string, [number, number]> = {};
		let falseCows = 0;
		test.forEach((item, i) => {
			const scores = [...p.subarray(i * 4, i * 4 + 4)];
			if (item.animal !== 'cow' && scores.indexOf(Math.max(...scores)) === 0) falseCows++;
			const group = groupOf(item);
			right[group] ??= [0, 0];
			right[group][1]++;
			if (scores.indexOf(Math.max(...scores)) === ANIMALS.indexOf(item.animal)) right[group][0]++;
		});
		const share = (group: string) => (100 * right[group]![0]) / right[group]![1];
		const correct = Object.values(right).reduce((sum, [r]) => sum + r, 0);
		return {
			spotted: share('spotted'),
			plain: share('plain'),
			gap: share('spotted') - share('plain'),
			overall: (100 * correct) / test.length,
			falseCows,
			precision: {
				spotted: (100 * right.spotted![0]) / (right.spotted![0] + falseCows),
				plain: (100 * right.plain![0]) / (right.plain![0] + falseCows)
			}
		};
	}
	type Result = ReturnType<typeof run>;
	let biased: Result, same: Result, different: Result, classCows: Result, bigger: Result;
	beforeAll(() => {
		bigger = run({ ...REAL_BIASED_MIX, cows: 700, horses: 700, pigs: 700, sheep: 700 });
		// A class of 30 each adding one plain cow of their own: 30 plain cows the mix did not have.
		classCows = run(REAL_BIASED_MIX, train.plain.slice(60, 90));
		biased = run(REAL_BIASED_MIX);
		same = run({ ...REAL_BIASED_MIX, spottedShare: 0.5, plainCows: 'same' });
		different = run({ ...REAL_BIASED_MIX, spottedShare: 0.5, plainCows: 'different' });
	});

	it('the page tests on every held-out drawing: 327 spotted and 211 plain cows, 300 of each other animal', () => {
		expect(test).toHaveLength(327 + 211 + 900);
	});

	it('the starting mix (540 spotted, 60 plain cows) misses plain cows: a gap of at least 30 points', () => {
		expect(biased.gap).toBeGreaterThanOrEqual(30);
	});

	it('the figures the lesson quotes: about 83 % of spotted and 37 % of plain cows at first, 77 % overall', () => {
		expect(biased.spotted).toBeGreaterThanOrEqual(80);
		expect(biased.spotted).toBeLessThanOrEqual(86);
		expect(biased.plain).toBeGreaterThanOrEqual(33);
		expect(biased.plain).toBeLessThanOrEqual(41);
		expect(biased.overall).toBeGreaterThanOrEqual(74);
		expect(biased.overall).toBeLessThanOrEqual(80);
		// The same 60 repeated: plain cows about 40 %; 300 different: about 60 %, spotted about 81 %.
		expect(same.plain).toBeLessThanOrEqual(44);
		expect(different.plain).toBeGreaterThanOrEqual(56);
		expect(different.plain).toBeLessThanOrEqual(63);
		expect(different.spotted).toBeGreaterThanOrEqual(78);
		// Overall accuracy barely moves while plain cows gain 20 points: why subgroups are measured.
		expect(Math.abs(different.overall - biased.overall)).toBeLessThan(5);
		expect(different.plain - biased.plain).toBeGreaterThan(15);
		// Precision per subgroup shares the other animals wrongly called "cow" (about 80 of them):
		// with the starting mix plain-cow precision is about 49 % against 77 % for spotted cows, and
		// it falls less than recall does against the fix with 300 different plain cows.
		expect(biased.falseCows).toBeGreaterThanOrEqual(60);
		expect(biased.falseCows).toBeLessThanOrEqual(110);
		expect(biased.precision.plain).toBeGreaterThanOrEqual(44);
		expect(biased.precision.plain).toBeLessThanOrEqual(54);
		expect(biased.precision.spotted).toBeGreaterThanOrEqual(72);
		expect(biased.precision.spotted).toBeLessThanOrEqual(82);
		expect(different.plain - biased.plain).toBeGreaterThan(
			different.precision.plain - biased.precision.plain
		);
		// More of the same skewed mix (700 cows, still 90 % spotted) keeps the gap.
		expect(bigger.gap).toBeGreaterThanOrEqual(30);
	});

	it('half plain with the same 60 repeated leaves most of the gap; 300 different plain cows close much more of it, not all', () => {
		expect(same.gap).toBeGreaterThanOrEqual(biased.gap - 15);
		expect(same.gap).toBeGreaterThanOrEqual(25);
		expect(different.gap).toBeLessThanOrEqual(same.gap - 10);
		expect(different.plain).toBeGreaterThanOrEqual(same.plain + 10);
		expect(different.gap).toBeGreaterThanOrEqual(10);
		expect(classCows.gap).toBeLessThanOrEqual(biased.gap - 4);
		expect(classCows.plain).toBeGreaterThanOrEqual(biased.plain + 3);
		console.log(
			`with 30 more plain cows ${fmt(classCows)}; 700 at 90 % ${fmt(bigger)};`,
			`lab mixes (spotted/plain/gap/overall): biased ${fmt(biased)}; same 60 ${fmt(same)}; 300 different ${fmt(different)}`
		);
	});
});

const fmt = (r: { spotted: number; plain: number; gap: number; overall: number }) =>
	[r.spotted, r.plain, r.gap, r.overall].map((v) => v.toFixed(1)).join('/');
