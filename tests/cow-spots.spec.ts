import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '#lib/doodle/testing/shared-data';

/** The project's hand labels (datasets/cow-spots) keep the rules their README states. */
const rows = readFileSync('datasets/cow-spots/cow-spots-480-2079.jsonl', 'utf8')
	.trim()
	.split('\n')
	.map((line) => JSON.parse(line) as { index: number; label: string });
const readme = readFileSync('datasets/cow-spots/README.md', 'utf8');

describe('the cow spot labels', () => {
	it('are one per position, in order, within 480-2079, and never in 240-479', () => {
		const indexes = rows.map((row) => row.index);
		expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
		expect(new Set(indexes).size).toBe(indexes.length);
		expect(indexes.every((i) => i >= 480 && i <= 2079)).toBe(true);
		expect(rows.every((row) => Object.keys(row).join() === 'index,label')).toBe(true);
		expect(new Set(rows.map((row) => row.label))).toEqual(new Set(['spotted', 'plain', 'unsure']));
	});

	it('are counted in the README as they are', () => {
		const count = (label: string) => rows.filter((row) => row.label === label).length;
		expect([count('spotted'), count('plain'), count('unsure'), rows.length]).toEqual([
			855, 539, 184, 1578
		]);
		expect(readme).toContain('| **480–2079** | **855** | **539** | **184** | **1,578** |');
		const unsure = readFileSync('datasets/cow-spots/unsure.md', 'utf8');
		const explained = [...unsure.matchAll(/^- (\d+): \S/gm)].map((match) => Number(match[1]));
		expect(explained).toEqual(rows.filter((row) => row.label === 'unsure').map((row) => row.index));
	});

	const dir = sharedDataDir();
	it.runIf(dir)(
		'label distinct drawings only: no exact copy of an earlier one, so none of a held-out cow',
		() => {
			const cows = JSON.parse(
				readFileSync(join(dir!, 'quickdraw', 'simplified-5k-json', 'cow.json'), 'utf8')
			) as unknown[];
			const first = new Map<string, number>();
			const copies: number[] = [];
			cows.slice(0, 2080).forEach((drawing, index) => {
				const key = JSON.stringify(drawing);
				if (first.has(key)) copies.push(index);
				else first.set(key, index);
			});
			const labelled = new Set(rows.map((row) => row.index));
			expect(copies.filter((i) => labelled.has(i))).toEqual([]);
			const skipped = copies.filter((i) => i >= 480);
			expect(skipped).toHaveLength(22);
			for (let i = 480; i < 2080; i++) expect(labelled.has(i) || skipped.includes(i)).toBe(true);
		}
	);
});
