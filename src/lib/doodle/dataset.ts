import { ANIMALS, generateDoodle, type Animal, type Subgroup } from './generator';
import type { SimplifiedDrawing } from './strokes';
import type { SubsetDrawing } from './subset';

/**
 * Datasets for the doodle lab, whatever their source: the built-in generator, the class's own
 * drawings or real Quick, Draw! data. A drawing is known by its key; built-in drawings are made
 * again from their key, so a mix can be sent to the training worker as a list of keys.
 */
export type DoodleSource = 'starter' | 'class' | 'quickdraw';

export interface DoodleItem {
	key: string;
	animal: Animal;
	/** For cows: spotted or plain (null while nobody has said). Null for other animals. */
	subgroup: Subgroup | null;
	source: DoodleSource;
	/** Present for class and Quick, Draw! drawings; built-in ones are generated from the key. */
	drawing?: SimplifiedDrawing;
	/** Real drawings the lab ships: part of the fixed held-out test (true) or of the pools (false). */
	heldOut?: boolean;
}

/** The training mix the student sets with the sliders. */
export interface Mix {
	cows: number;
	/** Share of the cows that have spots, 0 to 1. */
	spottedShare: number;
	horses: number;
	pigs: number;
	sheep: number;
	/**
	 * The plain cows: all different drawings, or the same few (those of the starting mix) repeated
	 * as often as the share asks: the two ways of "fixing" a mix that the lesson compares.
	 */
	plainCows: PlainCows;
}

export type PlainCows = 'different' | 'same';

export const MIX_LIMITS = { animal: { min: 0, max: 800, step: 20 }, share: { step: 0.05 } };

/** Most cows in the data have spots, as in Quick, Draw! itself: the lesson's starting point. */
export const BIASED_MIX: Mix = {
	cows: 500,
	spottedShare: 0.9,
	horses: 500,
	pigs: 500,
	sheep: 500,
	plainCows: 'different'
};
export const BALANCED_MIX: Mix = { ...BIASED_MIX, spottedShare: 0.5 };

const MIX_ANIMALS: ['horses' | 'pigs' | 'sheep', Animal][] = [
	['horses', 'horse'],
	['pigs', 'pig'],
	['sheep', 'sheep']
];

/** Training and test drawings come from separate seed ranges, so the test is never seen in training. */
const SEED_RANGE = { train: 0, test: 5_000_000 };
const SUBGROUP_OFFSET = { spotted: 0, plain: 500_000, none: 0 };

export function starterKey(
	set: 'train' | 'test',
	animal: Animal,
	subgroup: Subgroup | null,
	index: number
): string {
	return `starter:${set}:${animal}:${subgroup ?? 'none'}:${index}`;
}

const STARTER_KEY = /^starter:(train|test):(cow|horse|pig|sheep):(spotted|plain|none):(\d{1,6})$/;

export function starterItemFromKey(key: string): DoodleItem | null {
	const match = STARTER_KEY.exec(key);
	if (!match) return null;
	const animal = match[2] as Animal;
	const subgroup = match[3] === 'none' ? null : (match[3] as Subgroup);
	if ((animal === 'cow') !== (subgroup !== null)) return null;
	return { key, animal, subgroup, source: 'starter' };
}

/** The drawing of a built-in item, made again from its key. */
export function starterDrawing(key: string): SimplifiedDrawing | null {
	const item = starterItemFromKey(key);
	if (!item) return null;
	const [, set, , , index] = key.split(':');
	const seed =
		SEED_RANGE[set as 'train' | 'test'] +
		ANIMALS.indexOf(item.animal) * 1_000_000 +
		SUBGROUP_OFFSET[item.subgroup ?? 'none'] +
		Number(index) +
		1;
	return generateDoodle(item.animal, seed, item.subgroup === 'spotted').drawing;
}

export function drawingOf(item: DoodleItem): SimplifiedDrawing | null {
	return item.drawing ?? starterDrawing(item.key);
}

function starterItems(set: 'train' | 'test', animal: Animal, subgroup: Subgroup | null, n: number) {
	return Array.from({ length: n }, (_, i): DoodleItem => ({
		key: starterKey(set, animal, subgroup, i),
		animal,
		subgroup,
		source: 'starter'
	}));
}

export function spottedCount(mix: Mix): number {
	return Math.round(mix.cows * mix.spottedShare);
}

/**
 * The built-in drawings of a mix. Moving a slider only adds or removes drawings at the end of
 * each group, so the drawings already in the mix stay the same ones.
 */
export function starterMix(mix: Mix): DoodleItem[] {
	const spotted = spottedCount(mix);
	return [
		...starterItems('train', 'cow', 'spotted', spotted),
		...plainCowsOf(mix, starterItems('train', 'cow', 'plain', mix.cows - spotted), 'starter'),
		...MIX_ANIMALS.flatMap(([field, animal]) => starterItems('train', animal, null, mix[field]))
	];
}

/**
 * The plain cows a mix asks for, from the first ones of a pool: all different, or (`same`) the
 * few of the lesson's starting mix repeated until there are as many.
 */
function plainCowsOf(mix: Mix, pool: readonly DoodleItem[], source: 'starter' | 'quickdraw') {
	const wanted = mix.cows - spottedCount(mix);
	if (mix.plainCows === 'different') return pool.slice(0, wanted);
	const few = pool.slice(0, Math.min(fewPlainCows(source), wanted));
	if (few.length === 0) return [];
	return Array.from({ length: wanted }, (_, i) => few[i % few.length]!);
}

/** How many different plain cows "the same few" are: those of the lesson's starting mix. */
export function fewPlainCows(source: 'starter' | 'quickdraw'): number {
	const start = startingMix('biased', source);
	return start.cows - spottedCount(start);
}

/** The separate, balanced test set: as many spotted as plain cows, and each other animal alike. */
export function balancedTestSet(perGroup = 150): DoodleItem[] {
	return [
		...starterItems('test', 'cow', 'spotted', perGroup),
		...starterItems('test', 'cow', 'plain', perGroup),
		...ANIMALS.filter((a) => a !== 'cow').flatMap((animal) =>
			starterItems('test', animal, null, perGroup)
		)
	];
}

export type Group = Subgroup | 'unlabelled' | Exclude<Animal, 'cow'>;

/** A cow's subgroup, or the animal itself: the rows of the nutrition label and the results. */
export function groupOf(item: Pick<DoodleItem, 'animal' | 'subgroup'>): Group {
	if (item.animal !== 'cow') return item.animal;
	return item.subgroup ?? 'unlabelled';
}

export interface NutritionLabel {
	total: number;
	perAnimal: Record<Animal, number>;
	cows: { spotted: number; plain: number; unlabelled: number };
	/** How many of the plain cows are different drawings (the rest repeat them). */
	differentPlain: number;
	/** Share of the labelled cows that have spots (null without labelled cows). */
	spottedShare: number | null;
	perSource: Record<DoodleSource, number>;
}

/** What is in a dataset, the way a food label says what is in a packet. */
export function nutritionLabel(items: readonly DoodleItem[]): NutritionLabel {
	const perAnimal = Object.fromEntries(ANIMALS.map((a) => [a, 0])) as Record<Animal, number>;
	const cows = { spotted: 0, plain: 0, unlabelled: 0 };
	const perSource: Record<DoodleSource, number> = { starter: 0, class: 0, quickdraw: 0 };
	const plainKeys = new Set<string>();
	for (const item of items) {
		perAnimal[item.animal]++;
		perSource[item.source]++;
		if (item.animal === 'cow') cows[item.subgroup ?? 'unlabelled']++;
		if (item.subgroup === 'plain') plainKeys.add(item.key);
	}
	const labelled = cows.spotted + cows.plain;
	return {
		total: items.length,
		perAnimal,
		cows,
		differentPlain: plainKeys.size,
		spottedShare: labelled ? cows.spotted / labelled : null,
		perSource
	};
}

/** A few drawings of each group, spread through the dataset: the label's sample gallery. */
export function sampleItems(items: readonly DoodleItem[], perGroup: number): DoodleItem[] {
	const byGroup = new Map<Group, DoodleItem[]>();
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.key)) continue;
		seen.add(item.key);
		const group = groupOf(item);
		if (!byGroup.has(group)) byGroup.set(group, []);
		byGroup.get(group)!.push(item);
	}
	return [...byGroup.values()].flatMap((group) => {
		const step = Math.max(1, Math.floor(group.length / perGroup));
		return group.filter((_, i) => i % step === 0).slice(0, perGroup);
	});
}

/** The class index each animal gets in a model. */
export function animalIndex(animal: Animal): number {
	return ANIMALS.indexOf(animal);
}

/** Real drawings sorted by group: what the sliders take from. */
export type Pools = Record<Group, DoodleItem[]>;

/**
 * The lesson's starting mix on real drawings: as many drawings as the shipped pools hold at 90 %
 * spotted (656 spotted cows), the same number of each other animal.
 */
export const REAL_BIASED_MIX: Mix = {
	cows: 600,
	spottedShare: 0.9,
	horses: 600,
	pigs: 600,
	sheep: 600,
	plainCows: 'different'
};

/**
 * The mix a lesson starts from: mostly spotted cows (students discover the problem) or already
 * balanced, on built-in drawings or on real ones.
 */
export function startingMix(start: 'biased' | 'balanced', source: 'starter' | 'quickdraw'): Mix {
	const biased = source === 'quickdraw' ? REAL_BIASED_MIX : BIASED_MIX;
	return start === 'balanced' ? { ...biased, spottedShare: 0.5 } : { ...biased };
}

/**
 * Splits real drawings into training pools and the test: the shipped drawings say which are the
 * fixed held-out test (a third of each group, never trained on); the ones a server adds (with
 * the class's labels) only ever join the pools. The split goes by the drawings themselves, so the
 * class's later votes never move a drawing between training and test.
 */
export function splitRealDrawings(items: readonly DoodleItem[]): {
	train: Pools;
	test: DoodleItem[];
} {
	const train: Pools = { spotted: [], plain: [], unlabelled: [], horse: [], pig: [], sheep: [] };
	const test: DoodleItem[] = [];
	for (const item of items) {
		if (item.heldOut) test.push(item);
		else train[groupOf(item)].push(item);
	}
	return { train, test };
}

/** The key of a drawing of the shipped subset: its animal and position in the official file. */
export const shippedKey = (animal: Animal, position: number) => `qd:${animal}:${position}`;

/** A key the training worker resolves from its own copy of the shipped subset. */
export const isShippedKey = (key: string) => key.startsWith('qd:');

/** The shipped real drawings as the lab's items, with the subset's own held-out split. */
export function shippedItems(drawings: readonly SubsetDrawing[]): DoodleItem[] {
	return drawings.map((d) => ({
		key: shippedKey(d.animal, d.position),
		animal: d.animal,
		subgroup: d.subgroup,
		source: 'quickdraw',
		drawing: d.drawing,
		heldOut: d.test
	}));
}

/**
 * The shipped drawings, plus those a server offers besides (`quickdraw:<animal>:<position>`, from
 * the same official files): a drawing the subset already has is kept once, as the subset's.
 */
export function withServerDrawings(
	shipped: readonly DoodleItem[],
	server: readonly DoodleItem[]
): DoodleItem[] {
	const known = new Set(shipped.map((item) => item.key));
	const extra = server.filter((item) => {
		const [, animal, position] = item.key.split(':');
		return !known.has(`qd:${animal}:${position}`);
	});
	return [...shipped, ...extra.map((item) => ({ ...item, heldOut: false }))];
}

/**
 * The class's spot labels (by drawing key) applied to a split: labelled cows join the spotted or
 * plain pool, in their order, and test cows get their subgroup. Nothing moves between training
 * and test.
 */
export function withClassLabels(
	split: { train: Pools; test: DoodleItem[] },
	labels: Readonly<Record<string, Subgroup>>
): { train: Pools; test: DoodleItem[] } {
	const label = (item: DoodleItem): DoodleItem =>
		item.animal === 'cow' && item.subgroup === null && labels[item.key]
			? { ...item, subgroup: labels[item.key]! }
			: item;
	const train: Pools = { ...split.train, unlabelled: [] };
	train.spotted = [...split.train.spotted];
	train.plain = [...split.train.plain];
	for (const cow of split.train.unlabelled.map(label)) train[groupOf(cow)].push(cow);
	return { train, test: split.test.map(label) };
}

/** The most each slider can take from the pools. */
export function poolLimits(pools: Pools) {
	return {
		cows: pools.spotted.length + pools.plain.length + pools.unlabelled.length,
		horses: pools.horse.length,
		pigs: pools.pig.length,
		sheep: pools.sheep.length
	};
}

/**
 * A mix taken from real drawings: as asked, but never more than a pool holds. The share of spots
 * applies to the labelled cows; when there are too few of those, unlabelled cows make up the rest.
 */
export function poolMix(mix: Mix, pools: Pools): DoodleItem[] {
	const labelled = [
		...pools.spotted.slice(0, spottedCount(mix)),
		...plainCowsOf(mix, pools.plain, 'quickdraw')
	];
	const cows = [...labelled, ...pools.unlabelled.slice(0, mix.cows - labelled.length)];
	return [
		...cows,
		...pools.horse.slice(0, mix.horses),
		...pools.pig.slice(0, mix.pigs),
		...pools.sheep.slice(0, mix.sheep)
	];
}
