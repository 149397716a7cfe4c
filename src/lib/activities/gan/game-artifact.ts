import { z } from 'zod';
import { m } from '#lib/paraglide/messages';
import type { Locale } from '../../curriculum/types';
import { defineArtifact, type ArtifactSummary } from '../definition';
import { rates, ROUND_SIZE, type Tally } from './real-or-fake';

export const REAL_OR_FAKE_KIND = 'gan-real-or-fake';
export const FORGERS = ['shipped', 'own', 'class'] as const;
export type Forger = (typeof FORGERS)[number];
export const GAME_PHASES = ['before', 'after', 'practice'] as const;
export type GamePhase = (typeof GAME_PHASES)[number];

const count = z.number().int().min(0).max(ROUND_SIZE);

/** A finished round: when in the lesson it was played, whose forger, and the four counts. */
export const realOrFakeSchema = z
	.object({
		phase: z.enum(GAME_PHASES),
		/** The generator the project shipped, one trained on this tablet, or the class's shared one. */
		forger: z.enum(FORGERS),
		data: z.enum(['faces', 'cows', 'drawings']),
		hits: count,
		misses: count,
		falseAlarms: count,
		correctRejections: count
	})
	.refine((r) => r.hits + r.misses + r.falseAlarms + r.correctRejections <= ROUND_SIZE, {
		error: 'round_size'
	});
export type RealOrFakeResult = z.output<typeof realOrFakeSchema>;

export interface RealOrFakeView {
	type: 'real-or-fake';
	phase: string;
	forger: string;
	hits: string;
	falseAlarms: string;
}

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
const phaseName = (phase: GamePhase, locale: Locale) =>
	({
		before: m.gan_game_phase_before,
		after: m.gan_game_phase_after,
		practice: m.gan_game_phase_practice
	})[phase]({}, { locale });

export function realOrFakeView(data: RealOrFakeResult, locale: Locale): RealOrFakeView {
	return {
		type: 'real-or-fake',
		phase: phaseName(data.phase, locale),
		forger: {
			shipped: m.gan_game_forger_shipped,
			own: m.gan_game_forger_own,
			class: m.gan_game_forger_class
		}[data.forger]({}, { locale }),
		hits: m.gan_game_hits({ hits: data.hits, fakes: data.hits + data.misses }, { locale }),
		falseAlarms: m.gan_game_false_alarms(
			{ count: data.falseAlarms, reals: data.falseAlarms + data.correctRejections },
			{ locale }
		)
	};
}

/** The class before and after: how many played, and their fakes caught and false alarms. */
export interface PhaseSummary {
	students: number;
	hitRate: number | null;
	falseAlarmRate: number | null;
}

export function classChange(
	results: readonly RealOrFakeResult[]
): Record<'before' | 'after', PhaseSummary> {
	const of = (phase: 'before' | 'after'): PhaseSummary => {
		const played = results.filter((r) => r.phase === phase);
		const sum: Tally = { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
		for (const r of played) {
			sum.hits += r.hits;
			sum.misses += r.misses;
			sum.falseAlarms += r.falseAlarms;
			sum.correctRejections += r.correctRejections;
		}
		return { students: played.length, ...rates(sum) };
	};
	return { before: of('before'), after: of('after') };
}

/** The class's rounds before and after the lesson, side by side (null until one was played). */
export function realOrFakeSummary(
	items: readonly RealOrFakeResult[],
	locale: Locale
): ArtifactSummary | null {
	const change = classChange(items);
	if (!change.before.students && !change.after.students) return null;
	return {
		title: m.gan_game_summary_title({}, { locale }),
		columns: [
			m.gan_game_summary_students({}, { locale }),
			m.gan_game_summary_hits({}, { locale }),
			m.gan_game_summary_false_alarms({}, { locale })
		],
		rows: (['before', 'after'] as const).map((phase) => ({
			label: phaseName(phase, locale),
			cells: [
				String(change[phase].students),
				percent(change[phase].hitRate),
				percent(change[phase].falseAlarmRate)
			]
		}))
	};
}

export const REAL_OR_FAKE = defineArtifact({
	kind: REAL_OR_FAKE_KIND,
	schema: realOrFakeSchema,
	title: (_data, locale) => m.gan_game_title({}, { locale }),
	view: realOrFakeView,
	card: () => import('./RealOrFakeCard.svelte'),
	csv: (data, locale) => {
		const view = realOrFakeView(data, locale);
		return `${view.phase}: ${view.hits}; ${view.falseAlarms}`;
	},
	summary: realOrFakeSummary
});
