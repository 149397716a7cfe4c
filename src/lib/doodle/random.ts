/** A small seeded random source (mulberry32): the same seed gives the same doodles everywhere. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A number between `min` and `max` from a random source. */
export function between(random: () => number, min: number, max: number): number {
	return min + (max - min) * random();
}

/** Roughly normal (sum of three uniforms), centred on 0 with the given spread. */
export function jitter(random: () => number, spread: number): number {
	return ((random() + random() + random()) / 1.5 - 1) * spread;
}
