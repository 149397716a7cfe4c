import { m } from '#lib/paraglide/messages';
import type { Locale } from '../../curriculum/types';
import type { Category, Colour, Style } from '#lib/recommender/catalogue';
import type { Marketing } from '#lib/recommender/metrics';
import type { AgeBand, Gender } from '#lib/recommender/players';
import type { Reason } from '#lib/recommender/recommend';
import { RECOMMENDER_CONTENT } from './content';
import type { BuiltInDesign } from './preset';

/** Names of the shop's things in the interface language (or a given one). */
const opts = (locale?: Locale) => (locale ? { locale } : {});

export const itemName = (id: string, locale: Locale) => RECOMMENDER_CONTENT[locale].items[id] ?? id;

export const colourName = (colour: Colour, locale?: Locale) =>
	({
		red: m.rec_colour_red,
		orange: m.rec_colour_orange,
		yellow: m.rec_colour_yellow,
		green: m.rec_colour_green,
		teal: m.rec_colour_teal,
		blue: m.rec_colour_blue,
		purple: m.rec_colour_purple,
		pink: m.rec_colour_pink,
		black: m.rec_colour_black,
		white: m.rec_colour_white,
		grey: m.rec_colour_grey,
		brown: m.rec_colour_brown
	})[colour]({}, opts(locale));

export const styleName = (style: Style, locale?: Locale) =>
	({
		sporty: m.rec_style_sporty,
		sparkly: m.rec_style_sparkly,
		cosy: m.rec_style_cosy,
		smart: m.rec_style_smart,
		outdoors: m.rec_style_outdoors,
		space: m.rec_style_space,
		animals: m.rec_style_animals,
		music: m.rec_style_music,
		gaming: m.rec_style_gaming,
		flowers: m.rec_style_flowers,
		superhero: m.rec_style_superhero,
		retro: m.rec_style_retro
	})[style]({}, opts(locale));

export const genderName = (gender: Gender, locale?: Locale) =>
	({
		girl: m.rec_gender_girl,
		boy: m.rec_gender_boy,
		'non-binary': m.rec_gender_non_binary,
		another: m.rec_gender_another,
		'prefer-not-to-say': m.rec_gender_prefer_not_to_say
	})[gender]({}, opts(locale));

export const categoryName = (category: Category | 'all', locale?: Locale) =>
	({
		all: m.rec_category_all,
		top: m.rec_category_top,
		bottom: m.rec_category_bottom,
		dress: m.rec_category_dress,
		shoes: m.rec_category_shoes,
		hat: m.rec_category_hat,
		accessory: m.rec_category_accessory
	})[category]({}, opts(locale));

export const marketingName = (to: Marketing, locale?: Locale) =>
	(to === 'boys'
		? m.rec_marketed_to_boys
		: to === 'girls'
			? m.rec_marketed_to_girls
			: m.rec_marketed_to_nobody)({}, opts(locale));

export const designName = (design: BuiltInDesign | 'yours', locale?: Locale) =>
	({
		original: m.rec_design_original,
		content: m.rec_design_content,
		collaborative: m.rec_design_collaborative,
		tastes: m.rec_design_tastes,
		yours: m.rec_design_yours
	})[design]({}, opts(locale));

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A design's name in a few words, for table headings and list titles. */
export const shortDesignName = (design: BuiltInDesign | 'yours', locale?: Locale) =>
	({
		original: m.rec_short_original,
		content: m.rec_short_content,
		collaborative: m.rec_short_collaborative,
		tastes: m.rec_short_tastes,
		yours: m.rec_design_yours
	})[design]({}, opts(locale));

export const ageName = (age: AgeBand) => age.replace('-', '–');

/** Why an item is on a list, in a few words ("because you liked the red star T-shirt"). */
export function reasonText(reason: Reason | undefined, locale: Locale): string {
	const o = { locale };
	if (!reason) return m.rec_reason_none({}, o);
	switch (reason.kind) {
		case 'popular':
			return reason.among === 'boys'
				? m.rec_reason_popular_boys({}, o)
				: reason.among === 'girls'
					? m.rec_reason_popular_girls({}, o)
					: m.rec_reason_popular({}, o);
		case 'popular-age':
			return m.rec_reason_popular_age({ age: ageName(reason.age) }, o);
		case 'marketed':
			return (reason.to === 'boys' ? m.rec_reason_marketed_boys : m.rec_reason_marketed_girls)(
				{},
				o
			);
		case 'style':
			return m.rec_reason_style({ style: styleName(reason.style, locale) }, o);
		case 'colour':
			return m.rec_reason_colour({ colour: colourName(reason.colour, locale) }, o);
		case 'liked':
			return m.rec_reason_liked({ item: lowerFirst(itemName(reason.item, locale)) }, o);
		case 'similar-players':
			return m.rec_reason_similar({ item: lowerFirst(itemName(reason.item, locale)) }, o);
	}
}
