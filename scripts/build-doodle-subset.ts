/**
 * `npm run doodles:subset`: builds static/doodles/quickdraw-subset.bin, the real Quick, Draw!
 * drawings the lab ships, from the shared data folder (`SHARED_DATA_DIR`, else `../shared/data`):
 * - cows whose spots are known by hand (positions 0-239 from the shared labels, 480-2079 from
 *   datasets/cow-spots), each group in position order with every third cow held out for the test;
 * - horses, pigs and sheep: the first 800 distinct drawings of each file to train from, the next
 *   300 held out.
 * Only the first copy of a drawing is kept, so no drawing is both trained on and tested, and
 * cows at positions 240-479 (kept out of the project on purpose) are never taken, nor any
 * drawing that also appears there. The cows' positions refer to `simplified-5k-json/cow.json`, which is why the build
 * reads that file rather than the dataset's public ndjson. CC BY 4.0, credited in the app.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SimplifiedDrawing } from '../src/lib/doodle/strokes';
import { encodeSubset, type SubsetDrawing } from '../src/lib/doodle/subset';

export const SUBSET_FILE = 'static/doodles/quickdraw-subset.bin';
export const HELD_OUT_COWS = { from: 240, to: 480 };
export const OTHERS = { train: 800, test: 300 };

const readLabels = (path: string): Map<number, string> =>
	new Map(
		readFileSync(path, 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { index: number; label: string })
			.map(({ index, label }) => [index, label])
	);

/** Positions whose drawing is the first copy of itself in the file. */
function firstCopies(drawings: readonly SimplifiedDrawing[]): Set<number> {
	const seen = new Set<string>();
	const first = new Set<number>();
	drawings.forEach((drawing, index) => {
		const key = JSON.stringify(drawing);
		if (!seen.has(key)) first.add(index);
		seen.add(key);
	});
	return first;
}

export function buildSubset(
	sharedDir: string,
	labelsFile = 'datasets/cow-spots/cow-spots-480-2079.jsonl'
): SubsetDrawing[] {
	const read = (animal: string): SimplifiedDrawing[] =>
		JSON.parse(
			readFileSync(join(sharedDir, 'quickdraw', 'simplified-5k-json', `${animal}.json`), 'utf8')
		);
	const cows = read('cow');
	const first = firstCopies(cows);
	// A drawing that also appears at a held-out position is left out too: training or testing on
	// it would be training or testing on the held-out cow.
	const heldOut = new Set(
		cows.slice(HELD_OUT_COWS.from, HELD_OUT_COWS.to).map((drawing) => JSON.stringify(drawing))
	);
	const labels = new Map([
		...readLabels(join(sharedDir, 'labels', 'cow-spots-0-239.jsonl')),
		...readLabels(labelsFile)
	]);
	const out: SubsetDrawing[] = [];
	for (const subgroup of ['spotted', 'plain'] as const) {
		const positions = [...labels]
			.filter(([i, label]) => label === subgroup && first.has(i))
			.map(([i]) => i)
			.filter((i) => i < HELD_OUT_COWS.from || i >= HELD_OUT_COWS.to)
			.filter((i) => !heldOut.has(JSON.stringify(cows[i])))
			.sort((a, b) => a - b);
		positions.forEach((position, k) =>
			out.push({ animal: 'cow', subgroup, test: k % 3 === 2, position, drawing: cows[position]! })
		);
	}
	for (const animal of ['horse', 'pig', 'sheep'] as const) {
		const drawings = read(animal);
		const distinct = [...firstCopies(drawings)].slice(0, OTHERS.train + OTHERS.test);
		distinct.forEach((position, k) =>
			out.push({
				animal,
				subgroup: null,
				test: k >= OTHERS.train,
				position,
				drawing: drawings[position]!
			})
		);
	}
	return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = join(fileURLToPath(import.meta.url), '..', '..');
	const shared = resolve(process.env.SHARED_DATA_DIR ?? join(root, '..', 'shared', 'data'));
	const subset = buildSubset(shared, join(root, 'datasets/cow-spots/cow-spots-480-2079.jsonl'));
	const bytes = encodeSubset(subset);
	const file = join(root, SUBSET_FILE);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, bytes);
	const count = (f: (d: SubsetDrawing) => boolean) => subset.filter(f).length;
	console.log(
		`${SUBSET_FILE}: ${subset.length} drawings, ${bytes.length} bytes; cows ${count((d) => d.subgroup === 'spotted')} spotted + ${count((d) => d.subgroup === 'plain')} plain; held out ${count((d) => d.test)}`
	);
}
