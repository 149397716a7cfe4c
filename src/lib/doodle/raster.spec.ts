import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RASTER, rasterize } from './raster';
import { simplifyDrawing, type SimplifiedDrawing } from './strokes';
import { sharedDataDir } from './testing/shared-data';

const options = { size: 8, padding: 0, lineWidth: 1 };
const rows = (pixels: Float32Array, size: number) =>
	Array.from({ length: size }, (_, y) =>
		Array.from(pixels.slice(y * size, (y + 1) * size), (v) => Math.round(v * 10) / 10)
	);

describe('rasterising a drawing', () => {
	it('inks the pixels a line passes through and leaves the paper blank', () => {
		// A horizontal line through the middle of pixel row 4 (y = 4.5 of 8 → 143.4 of 255).
		const y = (4.5 * 255) / 8;
		const pixels = rasterize(
			[
				[
					[0, 255],
					[y, y]
				]
			],
			options
		);
		const grid = rows(pixels, 8);
		expect(grid[4]).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
		for (const row of [0, 1, 2, 6, 7]) expect(grid[row]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
		expect(rasterize([], options).every((v) => v === 0)).toBe(true);
	});

	it('draws a dot for a tap and stays inside the grid for any coordinates', () => {
		const dot = rasterize(
			[
				[
					[128, 128],
					[128, 128]
				]
			],
			options
		);
		const ink = dot.reduce((sum, v) => sum + v, 0);
		expect(ink).toBeGreaterThan(1);
		expect(dot.filter((v) => v > 0).length).toBeLessThanOrEqual(9);
		const edges = rasterize(
			[
				[
					[0, 255, 255, 0, 0],
					[0, 0, 255, 255, 0]
				]
			],
			DEFAULT_RASTER
		);
		expect(edges.length).toBe(28 * 28);
		expect(Math.max(...edges)).toBeLessThanOrEqual(1);
	});

	const dir = sharedDataDir();
	it.runIf(dir)(
		'gives the same picture for a raw drawing as for the dataset’s simplified one',
		() => {
			const lines = (file: string) =>
				readFileSync(join(dir!, 'quickdraw', file), 'utf8')
					.trim()
					.split('\n')
					.map((line) => JSON.parse(line) as { key_id: string; drawing: number[][][] });
			const official = new Map(
				lines('simplified-25-ndjson/cow.ndjson').map((d) => [
					d.key_id,
					d.drawing as SimplifiedDrawing
				])
			);
			let compared = 0;
			for (const raw of lines('raw-ndjson/cow.ndjson')) {
				const expected = official.get(raw.key_id);
				if (!expected) continue;
				const fromFinger = rasterize(
					simplifyDrawing(raw.drawing.map(([x, y]) => ({ x: x!, y: y! })))
				);
				const fromDataset = rasterize(expected);
				let total = 0;
				for (let i = 0; i < fromFinger.length; i++)
					total += Math.abs(fromFinger[i]! - fromDataset[i]!);
				expect(total / fromFinger.length).toBeLessThan(0.01);
				compared++;
			}
			expect(compared).toBe(17);
		}
	);
});
