import { m } from '#lib/paraglide/messages';
import type { Locale } from '../../curriculum/types';
import type { Signal } from '#lib/recommender/recommend';
import type { Stakeholder, Value } from '#lib/recommender/design';
import type { MetricName } from './content';

/** The one name map for the recommender's signals, measures and worksheet, in any locale. */
export const signalName = (signal: Signal, locale?: Locale) =>
	({
		gender: m.rec_signal_gender,
		age: m.rec_signal_age,
		colours: m.rec_signal_colours,
		styles: m.rec_signal_styles,
		likes: m.rec_signal_likes,
		similarPlayers: m.rec_signal_similar_players,
		popularity: m.rec_signal_popularity
	})[signal]({}, locale ? { locale } : {});

export const metricName = (metric: MetricName, locale?: Locale) =>
	({
		relevance: m.rec_metric_relevance,
		coverage: m.rec_metric_coverage,
		popularity: m.rec_metric_popularity,
		gini: m.rec_metric_gini,
		diversity: m.rec_metric_diversity,
		calibration: m.rec_metric_calibration,
		stereotype: m.rec_metric_stereotype
	})[metric]({}, locale ? { locale } : {});

export const stakeholderName = (stakeholder: Stakeholder, locale?: Locale) =>
	({
		players: m.rec_stakeholder_players,
		parents: m.rec_stakeholder_parents,
		designers: m.rec_stakeholder_designers,
		company: m.rec_stakeholder_company
	})[stakeholder]({}, locale ? { locale } : {});

export const valueName = (value: Value, locale?: Locale) =>
	({
		fairness: m.rec_value_fairness,
		fun: m.rec_value_fun,
		privacy: m.rec_value_privacy,
		profit: m.rec_value_profit
	})[value]({}, locale ? { locale } : {});

export const effectName = (effect: 'helps' | 'neutral' | 'harms', locale?: Locale) =>
	({ helps: m.rec_effect_helps, neutral: m.rec_effect_neutral, harms: m.rec_effect_harms })[effect](
		{},
		locale ? { locale } : {}
	);
