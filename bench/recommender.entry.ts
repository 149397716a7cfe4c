// The recommender benchmark's page code (bench/recommender.bench.js bundles it): the shop's own
// code (src/lib/recommender) on a class of 35 made from the catalogue, as a slider moves.
import catalogueData from '../src/lib/activities/recommender/content/catalogue.json';
import personaData from '../src/lib/activities/recommender/content/personas.json';
import { seededRandom } from '../src/lib/doodle/random';
import { COLOURS, STYLES, parseCatalogue } from '../src/lib/recommender/catalogue';
import { GENDERS, AGE_BANDS, parsePersonas, wouldLike } from '../src/lib/recommender/players';
import { TASTES_DESIGN, evaluate, openShop, type Player } from '../src/lib/recommender/recommend';

const items = parseCatalogue(catalogueData);
const personas = parsePersonas(personaData, items);

/** A class of `size`: each student with two styles, two colours and ten likes their tastes explain. */
function classOf(size: number, seed = 1): Player[] {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	return Array.from({ length: size }, (_, k) => {
		const taste = {
			styles: [pick(STYLES), pick(STYLES)],
			colours: [pick(COLOURS), pick(COLOURS)],
			dislikedStyles: []
		};
		const liked = items.filter((item) => wouldLike(taste, item)).map((item) => item.id);
		const likes = [...new Set(Array.from({ length: 10 }, () => pick(liked)))];
		return {
			id: `student-${k}`,
			gender: pick(GENDERS),
			age: pick(AGE_BANDS),
			...taste,
			likes,
			dislikes: []
		};
	});
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** Times `work` `runs` times (after a warm-up): median, 95th percentile and worst, in ms. */
function timed(work: (k: number) => void, runs: number) {
	for (let k = 0; k < 10; k++) work(k);
	const times: number[] = [];
	for (let k = 0; k < runs; k++) {
		const started = performance.now();
		work(k);
		times.push(performance.now() - started);
	}
	return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

function run(classSize: number, runs: number) {
	const players = [...personas, ...classOf(classSize)];
	// A slider moving: the styles weight from 0 to 3 and back, one evaluation per position.
	const position = (k: number) => {
		const step = k % 60;
		return (step < 30 ? step : 60 - step) / 10;
	};
	const design = (k: number) => ({
		...TASTES_DESIGN,
		weights: { ...TASTES_DESIGN.weights, styles: position(k) }
	});
	let shop = openShop(items, players);
	const learn = timed(() => {
		shop = openShop(items, players);
	}, runs);
	const slider = timed((k) => evaluate(design(k), players, shop), runs);
	// The baseline: everything from scratch on every move (the shop learned again each time).
	const fromScratch = timed((k) => evaluate(design(k), players, openShop(items, players)), runs);
	return {
		players: players.length,
		likes: players.reduce((sum, p) => sum + p.likes.length, 0),
		learn,
		slider,
		fromScratch
	};
}

(globalThis as unknown as { recommenderBench: unknown }).recommenderBench = { run };
