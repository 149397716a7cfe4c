import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSubset, HELD_OUT_COWS, SUBSET_FILE } from '../../../scripts/build-doodle-subset';
import {
	decodeSubset,
	decodeSubsetInSteps,
	encodeSubset,
	SubsetError,
	type SubsetDrawing
} from './subset';
import { sharedDataDir } from './testing/shared-data';

const sample: SubsetDrawing[] = [
	{
		animal: 'cow',
		subgroup: 'plain',
		test: true,
		position: 4321,
		drawing: [
			[
				[0, 255, 3],
				[10, 0, 255]
			],
			[[7], [7]]
		]
	},
	{
		animal: 'sheep',
		subgroup: null,
		test: false,
		position: 0,
		drawing: [
			[
				[1, 2],
				[3, 4]
			]
		]
	}
];

describe('the doodle subset format', () => {
	it('reads back exactly what was written', () => {
		expect(decodeSubset(encodeSubset(sample))).toEqual(sample);
	});

	it('refuses a file cut short, with bytes left over, of another kind or with bad values', () => {
		const bytes = encodeSubset(sample);
		for (const bad of [
			bytes.slice(0, bytes.length - 1),
			Uint8Array.from([...bytes, 0]),
			Uint8Array.from([0x50, ...bytes.slice(1)]),
			Uint8Array.from(bytes.map((b, i) => (i === 9 ? 9 : b))),
			Uint8Array.from(bytes.map((b, i) => (i === 4 ? 2 : b)))
		]) {
			expect(() => decodeSubset(bad)).toThrow(SubsetError);
		}
		expect(() => encodeSubset([{ ...sample[1]!, drawing: [[[256], [0]]] }])).toThrow(SubsetError);
	});

	it('reads the same in steps, pausing between them, and refuses the same bad files', async () => {
		const many = Array.from({ length: 7 }, (_, i) => ({ ...sample[i % 2]!, position: i }));
		let pauses = 0;
		const pause = async () => void pauses++;
		expect(await decodeSubsetInSteps(encodeSubset(many), 3, pause)).toEqual(many);
		expect(pauses).toBe(2);
		const cut = encodeSubset(sample).slice(0, -1);
		await expect(decodeSubsetInSteps(cut, 1, pause)).rejects.toThrow(SubsetError);
	});
});

describe('the shipped subset', () => {
	const shipped = decodeSubset(new Uint8Array(readFileSync(SUBSET_FILE)));
	const count = (f: (d: SubsetDrawing) => boolean) => shipped.filter(f).length;

	it('holds the labelled cows and 1,100 of each other animal, a third of the cows held out', () => {
		expect(count((d) => d.subgroup === 'spotted')).toBe(983);
		expect(count((d) => d.subgroup === 'plain')).toBe(633);
		expect(count((d) => d.animal === 'cow' && d.subgroup === null)).toBe(0);
		for (const animal of ['horse', 'pig', 'sheep'] as const) {
			expect(count((d) => d.animal === animal && !d.test)).toBe(800);
			expect(count((d) => d.animal === animal && d.test)).toBe(300);
		}
		expect(count((d) => d.subgroup === 'spotted' && d.test)).toBe(327);
		expect(count((d) => d.subgroup === 'plain' && d.test)).toBe(211);
		// At least 400 distinct cows of each kind to train from.
		expect(count((d) => d.subgroup === 'plain' && !d.test)).toBeGreaterThanOrEqual(400);
		expect(count((d) => d.subgroup === 'spotted' && !d.test)).toBeGreaterThanOrEqual(400);
	});

	it('never holds a cow from positions 240-479, and no drawing twice', () => {
		const cows = shipped.filter((d) => d.animal === 'cow').map((d) => d.position);
		expect(cows.filter((p) => p >= HELD_OUT_COWS.from && p < HELD_OUT_COWS.to)).toEqual([]);
		const keys = shipped.map((d) => d.animal + JSON.stringify(d.drawing));
		expect(new Set(keys).size).toBe(shipped.length);
	});

	it('fits the download budget with room for the model: under 1 MB compressed', () => {
		expect(gzipSync(readFileSync(SUBSET_FILE), { level: 9 }).length).toBeLessThan(1_000_000);
	});

	const dir = sharedDataDir();
	it.runIf(dir)('is what the build script makes from the shared data, byte for byte', () => {
		const rebuilt = encodeSubset(buildSubset(dir!));
		expect(Buffer.from(rebuilt).equals(readFileSync(SUBSET_FILE))).toBe(true);
		const cows = JSON.parse(
			readFileSync(join(dir!, 'quickdraw', 'simplified-5k-json', 'cow.json'), 'utf8')
		) as unknown[];
		const heldOut = new Set(
			cows.slice(HELD_OUT_COWS.from, HELD_OUT_COWS.to).map((d) => JSON.stringify(d))
		);
		expect(
			shipped.filter((d) => d.animal === 'cow' && heldOut.has(JSON.stringify(d.drawing)))
		).toEqual([]);
	});
});
