/**
 * "Real or fake?": rounds mixing real pictures and a generator's, the student saying which is
 * which. Scored as a detector is: a hit is a fake caught, a false alarm a real picture called
 * fake, so a student who calls everything fake is not a perfect spotter. Plain TypeScript: the
 * page, the teacher's summary and the tests share it.
 */
export type Truth = 'real' | 'fake';
export type Outcome = 'hit' | 'miss' | 'false-alarm' | 'correct-rejection';

/** What gave a picture away (or, for a real one, why it looks real). */
export const TELLTALES = ['speckles', 'grainy', 'lopsided', 'faint', 'subtle', 'real'] as const;
export type Telltale = (typeof TELLTALES)[number];

export interface RoundItem {
	truth: Truth;
	/** size × size pixels, 0 white to 1 black. */
	picture: Float32Array;
	telltale: Telltale;
}

export interface Tally {
	hits: number;
	misses: number;
	falseAlarms: number;
	correctRejections: number;
}

export const ROUND_SIZE = 10;

export function outcomeOf(truth: Truth, said: Truth): Outcome {
	if (truth === 'fake') return said === 'fake' ? 'hit' : 'miss';
	return said === 'fake' ? 'false-alarm' : 'correct-rejection';
}

export function tally(outcomes: readonly Outcome[]): Tally {
	const count = (outcome: Outcome) => outcomes.filter((o) => o === outcome).length;
	return {
		hits: count('hit'),
		misses: count('miss'),
		falseAlarms: count('false-alarm'),
		correctRejections: count('correct-rejection')
	};
}

/** Share of fakes caught, and share of real pictures wrongly called fake (null with none of them). */
export function rates(t: Tally): { hitRate: number | null; falseAlarmRate: number | null } {
	const fakes = t.hits + t.misses;
	const reals = t.falseAlarms + t.correctRejections;
	return {
		hitRate: fakes ? t.hits / fakes : null,
		falseAlarmRate: reals ? t.falseAlarms / reals : null
	};
}

export const correctOf = (t: Tally) => t.hits + t.correctRejections;
export const totalOf = (t: Tally) => t.hits + t.misses + t.falseAlarms + t.correctRejections;

/** Measures of a picture that tell a young generator's work from the real thing. */
export interface PictureMeasures {
	/** Share of the border (outside the central disc) with stray ink. */
	speckles: number;
	/** How much each pixel differs from its four neighbours' mean: grain, where real lines are smooth. */
	grainy: number;
	/** Mean difference between the left half and the mirrored right half. */
	lopsided: number;
	/** Mean ink. */
	ink: number;
}

export function measure(picture: Float32Array, size: number): PictureMeasures {
	const at = (row: number, col: number) => picture[row * size + col]!;
	const centre = (size - 1) / 2;
	const radius = size * 0.47;
	let border = 0;
	let stray = 0;
	let grain = 0;
	let ink = 0;
	let mirror = 0;
	for (let row = 0; row < size; row++)
		for (let col = 0; col < size; col++) {
			const v = at(row, col);
			ink += v;
			if (Math.hypot(row - centre, col - centre) > radius) {
				border++;
				if (v > 0.08) stray++;
			}
			if (row > 0 && col > 0 && row < size - 1 && col < size - 1) {
				const around = at(row - 1, col) + at(row + 1, col) + at(row, col - 1) + at(row, col + 1);
				grain += Math.abs(v - around / 4);
			}
			if (col < size / 2) mirror += Math.abs(v - at(row, size - 1 - col));
		}
	const pixels = size * size;
	return {
		speckles: border ? stray / border : 0,
		grainy: grain / pixels,
		lopsided: mirror / (pixels / 2),
		ink: ink / pixels
	};
}

/** The typical measures of the real pictures, and how far they spread. */
export interface Norms {
	mean: PictureMeasures;
	spread: PictureMeasures;
}

const KEYS = ['speckles', 'grainy', 'lopsided', 'ink'] as const;
/** The least spread each measure is given, so one very regular real set does not flag everything. */
const SPREAD_FLOOR: PictureMeasures = { speckles: 0.004, grainy: 0.004, lopsided: 0.01, ink: 0.01 };

export function normsOf(pictures: Float32Array, size: number): Norms {
	const count = pictures.length / (size * size);
	const all = Array.from({ length: count }, (_, i) =>
		measure(pictures.subarray(i * size * size, (i + 1) * size * size), size)
	);
	const mean = {} as PictureMeasures;
	const spread = {} as PictureMeasures;
	for (const key of KEYS) {
		const values = all.map((m) => m[key]);
		const average = values.reduce((a, b) => a + b, 0) / Math.max(1, count);
		const variance = values.reduce((a, b) => a + (b - average) ** 2, 0) / Math.max(1, count);
		mean[key] = average;
		spread[key] = Math.max(Math.sqrt(variance), SPREAD_FLOOR[key]);
	}
	return { mean, spread };
}

/**
 * What gives a fake away: the measure furthest above what real pictures show, in real pictures'
 * own spread ("faint" when it has far less ink). Nothing two spreads out: "subtle", a good fake.
 */
export function telltaleOf(picture: Float32Array, size: number, norms: Norms): Telltale {
	const m = measure(picture, size);
	const z = (key: (typeof KEYS)[number]) => (m[key] - norms.mean[key]) / norms.spread[key];
	const candidates: [Telltale, number][] = [
		['speckles', z('speckles')],
		['grainy', z('grainy')],
		['lopsided', z('lopsided')],
		['faint', -z('ink')]
	];
	candidates.sort((a, b) => b[1] - a[1]);
	const [top, score] = candidates[0]!;
	return score > 2 ? top : 'subtle';
}

/**
 * One round: real and fake pictures shuffled together. The number of fakes varies from round to
 * round (between 40 and 60 percent), so counting cannot replace looking.
 */
export function makeRound(
	real: Float32Array,
	fake: Float32Array,
	size: number,
	random: () => number,
	norms: Norms,
	count = ROUND_SIZE
): RoundItem[] {
	const pixels = size * size;
	const fakes = Math.round(count * (0.4 + random() * 0.2));
	const take = (set: Float32Array, k: number) => set.slice(k * pixels, (k + 1) * pixels);
	const available = { real: real.length / pixels, fake: fake.length / pixels };
	if (available.fake < fakes || available.real < count - fakes)
		throw new RangeError('not enough pictures for a round');
	const items: RoundItem[] = [];
	for (let k = 0; k < fakes; k++) {
		const picture = take(fake, k);
		items.push({ truth: 'fake', picture, telltale: telltaleOf(picture, size, norms) });
	}
	for (let k = 0; k < count - fakes; k++)
		items.push({ truth: 'real', picture: take(real, k), telltale: 'real' });
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}
