import { ANIMALS, type Animal, type Subgroup } from './generator';
import type { SimplifiedDrawing } from './strokes';

/**
 * The compact file of real Quick, Draw! drawings the lab ships (static/doodles/), built by
 * `npm run doodles:subset` from the official files. Binary, little-endian:
 *
 *   "DAQD", version (u8), count (u32), then per drawing:
 *   animal (u8, index in ANIMALS), flags (u8: bits 0-1 spots 0 none/1 spotted/2 plain,
 *   bit 2 held-out test), position in its source file (u16), strokes (u8), and per stroke
 *   points (u16) followed by the points as (dx, dy) byte pairs, each the step from the previous
 *   point modulo 256 (the first from 0,0).
 *
 * Steps between nearby points are small numbers, which is what makes the file compress well.
 */
export interface SubsetDrawing {
	animal: Animal;
	subgroup: Subgroup | null;
	/** Part of the fixed held-out test: never trained on. */
	test: boolean;
	/** Its position in the source file (simplified-5k-json/<animal>.json). */
	position: number;
	drawing: SimplifiedDrawing;
}

/** Where the app serves the subset (from static/). */
export const SUBSET_PATH = '/doodles/quickdraw-subset.bin';

const MAGIC = [0x44, 0x41, 0x51, 0x44]; // "DAQD"
const VERSION = 1;
const SUBGROUPS: (Subgroup | null)[] = [null, 'spotted', 'plain'];
const MAX_DRAWINGS = 100_000;

export class SubsetError extends Error {}

export function encodeSubset(drawings: readonly SubsetDrawing[]): Uint8Array {
	const bytes: number[] = [...MAGIC, VERSION];
	const u16 = (n: number) => bytes.push(n & 255, n >> 8);
	const count = drawings.length;
	bytes.push(count & 255, (count >> 8) & 255, (count >> 16) & 255, count >>> 24);
	for (const { animal, subgroup, test, position, drawing } of drawings) {
		if (drawing.length === 0 || drawing.length > 255) throw new SubsetError('strokes: 1 to 255');
		if (position < 0 || position > 0xffff) throw new SubsetError('position: 0 to 65535');
		bytes.push(ANIMALS.indexOf(animal), SUBGROUPS.indexOf(subgroup) | (test ? 4 : 0));
		u16(position);
		bytes.push(drawing.length);
		for (const [xs, ys] of drawing) {
			if (xs.length === 0 || xs.length > 0xffff || xs.length !== ys.length) {
				throw new SubsetError('a stroke has 1 to 65535 points, as many x as y');
			}
			u16(xs.length);
			let x = 0;
			let y = 0;
			for (let i = 0; i < xs.length; i++) {
				if (!(xs[i]! >= 0 && xs[i]! <= 255 && ys[i]! >= 0 && ys[i]! <= 255)) {
					throw new SubsetError('coordinates are 0 to 255');
				}
				bytes.push((xs[i]! - x) & 255, (ys[i]! - y) & 255);
				x = xs[i]!;
				y = ys[i]!;
			}
		}
	}
	return Uint8Array.from(bytes);
}

/** Reads a subset file; anything that is not one (cut short, wrong version, bad values) throws. */
export function decodeSubset(bytes: Uint8Array): SubsetDrawing[] {
	return [...readSubset(bytes)];
}

/**
 * The same, a few hundred drawings at a time with a pause between them, so a page reading the
 * whole file never holds the main thread for long (a tablet keeps scrolling and drawing).
 */
export async function decodeSubsetInSteps(
	bytes: Uint8Array,
	perStep = 400,
	pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))
): Promise<SubsetDrawing[]> {
	const drawings: SubsetDrawing[] = [];
	for (const drawing of readSubset(bytes)) {
		drawings.push(drawing);
		if (drawings.length % perStep === 0) await pause();
	}
	return drawings;
}

function* readSubset(bytes: Uint8Array): Generator<SubsetDrawing> {
	let at = 0;
	const need = (n: number) => {
		if (at + n > bytes.length) throw new SubsetError('the file ends too early');
	};
	const u8 = () => (need(1), bytes[at++]!);
	const u16 = () => (need(2), (at += 2), bytes[at - 2]! | (bytes[at - 1]! << 8));
	need(9);
	if (MAGIC.some((b, i) => bytes[i] !== b)) throw new SubsetError('not a doodle subset file');
	at = 4;
	if (u8() !== VERSION) throw new SubsetError('unknown subset version');
	const count = u16() + u16() * 65536;
	if (count > MAX_DRAWINGS) throw new SubsetError('too many drawings');
	for (let d = 0; d < count; d++) {
		const animal = ANIMALS[u8()];
		const flags = u8();
		const subgroup = SUBGROUPS[flags & 3];
		if (!animal || subgroup === undefined || flags > 7) throw new SubsetError('bad drawing header');
		if (subgroup !== null && animal !== 'cow') throw new SubsetError('only cows have spots');
		const position = u16();
		const strokes = u8();
		if (strokes === 0) throw new SubsetError('a drawing without strokes');
		const drawing: SimplifiedDrawing = [];
		for (let s = 0; s < strokes; s++) {
			const points = u16();
			if (points === 0) throw new SubsetError('a stroke without points');
			need(points * 2);
			const xs = new Array<number>(points);
			const ys = new Array<number>(points);
			let x = 0;
			let y = 0;
			for (let i = 0; i < points; i++) {
				x = (x + bytes[at++]!) & 255;
				y = (y + bytes[at++]!) & 255;
				xs[i] = x;
				ys[i] = y;
			}
			drawing.push([xs, ys]);
		}
		yield { animal, subgroup, test: (flags & 4) !== 0, position, drawing };
	}
	if (at !== bytes.length) throw new SubsetError('bytes left after the last drawing');
}
