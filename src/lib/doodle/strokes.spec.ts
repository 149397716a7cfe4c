import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdp, resample, simplifyDrawing, type SimplifiedDrawing } from './strokes';
import { sharedDataDir } from './testing/shared-data';

describe('Ramer-Douglas-Peucker', () => {
	it('drops points closer than epsilon to the chord and keeps the ones further away', () => {
		const wobbly = [
			{ x: 0, y: 0 },
			{ x: 5, y: 1.5 },
			{ x: 10, y: -1 },
			{ x: 20, y: 0 }
		];
		expect(rdp(wobbly, 2)).toEqual([wobbly[0], wobbly[3]]);
		const corner = [
			{ x: 0, y: 0 },
			{ x: 10, y: 3 },
			{ x: 20, y: 0 }
		];
		expect(rdp(corner, 2)).toEqual(corner);
	});
});

describe('resampling', () => {
	it('puts a point every unit along the stroke and keeps both ends', () => {
		const points = resample(
			[
				{ x: 0, y: 0 },
				{ x: 2.5, y: 0 },
				{ x: 2.5, y: 2 }
			],
			1
		);
		expect(points.map((p) => [p.x, p.y])).toEqual([
			[0, 0],
			[1, 0],
			[2, 0],
			[2.5, 0.5],
			[2.5, 1.5],
			[2.5, 2]
		]);
		expect(resample([{ x: 3, y: 4 }])).toEqual([
			{ x: 3, y: 4 },
			{ x: 3, y: 4 }
		]);
	});
});

describe('simplifying a drawing the Quick, Draw! way', () => {
	it('aligns to the top-left, scales the larger side to 255 and rounds', () => {
		expect(
			simplifyDrawing([
				{ x: [10, 110], y: [20, 60] },
				{ x: [30, 30], y: [40, 40] }
			])
		).toEqual([
			[
				[0, 255],
				[0, 102]
			],
			[
				[51, 51],
				[51, 51]
			]
		]);
		expect(simplifyDrawing([])).toEqual([]);
		expect(simplifyDrawing([{ x: [1, 2], y: [1] }])).toEqual([]);
	});

	const dir = sharedDataDir();
	it.runIf(dir)(
		'turns real raw drawings into the dataset’s own simplified drawings (same key_ids)',
		() => {
			const quickdraw = join(dir!, 'quickdraw');
			let compared = 0;
			let exact = 0;
			let nearlyExact = 0;
			for (const word of ['cow', 'pig', 'horse', 'dog', 'sheep', 'cat']) {
				const lines = (file: string) =>
					readFileSync(join(quickdraw, file), 'utf8')
						.trim()
						.split('\n')
						.map((line) => JSON.parse(line) as { key_id: string; drawing: number[][][] });
				const official = new Map(
					lines(`simplified-25-ndjson/${word}.ndjson`).map((d) => [
						d.key_id,
						d.drawing as SimplifiedDrawing
					])
				);
				for (const raw of lines(`raw-ndjson/${word}.ndjson`)) {
					const expected = official.get(raw.key_id);
					if (!expected) continue;
					const mine = simplifyDrawing(raw.drawing.map(([x, y]) => ({ x: x!, y: y! })));
					compared++;
					if (JSON.stringify(mine) === JSON.stringify(expected)) exact++;
					// Same strokes, same number of points, every coordinate within one unit.
					const close =
						mine.length === expected.length &&
						mine.every((stroke, i) =>
							stroke.every(
								(axis, a) =>
									axis.length === expected[i]![a]!.length &&
									axis.every((value, j) => Math.abs(value - expected[i]![a]![j]!) <= 1)
							)
						);
					if (close) nearlyExact++;
				}
			}
			expect(compared).toBe(130);
			// 117 of 130 are identical and 122 the same within one unit (a value on a half rounded the
			// other way); in the rest, Ramer-Douglas-Peucker kept another point on the edge of epsilon.
			expect(exact / compared).toBeGreaterThan(0.85);
			expect(nearlyExact / compared).toBeGreaterThan(0.93);
		}
	);
});
