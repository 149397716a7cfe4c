import { describe, expect, it } from 'vitest';
import catalogueData from '../activities/recommender/content/catalogue.json';
import personaData from '../activities/recommender/content/personas.json';
import { parseCatalogue } from './catalogue';
import { parsePersonas } from './players';
import { COLLABORATIVE_DESIGN, ORIGINAL_DESIGN, TASTES_DESIGN } from './recommend';
import { simulateFeedback } from './feedback';

const items = parseCatalogue(catalogueData);
const personas = parsePersonas(personaData, items);

const trail = (rounds: ReturnType<typeof simulateFeedback>, key: 'coverage' | 'gini') =>
	rounds.map((r) => Math.round(r[key] * 100) / 100);

describe('the feedback loop', () => {
	it('narrows what anyone sees when a design leans on popularity and similar players', () => {
		const popular = {
			...TASTES_DESIGN,
			weights: { ...TASTES_DESIGN.weights, popularity: 2, similarPlayers: 2 },
			diversity: 0
		};
		const rounds = simulateFeedback(popular, personas, items, 8);
		expect(trail(rounds, 'coverage')).toEqual([0.55, 0.55, 0.52, 0.45, 0.42, 0.41, 0.32, 0.34]);
		expect(trail(rounds, 'gini')).toEqual([0.61, 0.61, 0.65, 0.72, 0.73, 0.74, 0.8, 0.79]);
		const collaborative = simulateFeedback(COLLABORATIVE_DESIGN, personas, items, 8);
		expect(collaborative.at(-1)!.coverage).toBeLessThan(collaborative[1]!.coverage);
	});

	it('keeps the original design narrow from the first round, and does not change the players given', () => {
		const before = JSON.stringify(personas);
		const rounds = simulateFeedback(ORIGINAL_DESIGN, personas, items, 3);
		expect(rounds.map((r) => r.round)).toEqual([1, 2, 3]);
		expect(rounds.every((r) => r.coverage < 0.45)).toBe(true);
		expect(JSON.stringify(personas)).toBe(before);
		expect(simulateFeedback(ORIGINAL_DESIGN, personas, items, 500)).toHaveLength(20);
	});
});
