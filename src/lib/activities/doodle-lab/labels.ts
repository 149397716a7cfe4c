import { m } from '#lib/paraglide/messages';
import { getLocale } from '#lib/paraglide/runtime';
import type { Animal } from '#lib/doodle/generator';
import type { Group } from '#lib/doodle/dataset';

/**
 * The one label map of the spotted-cows lab: every animal and every group of drawings, in the
 * reader's language. The lab's panels, the class-data panel and the teacher's "Class drawings"
 * page all read names from here.
 */
export const ANIMAL_NAME: Record<Animal, () => string> = {
	cow: m.doodle_animal_cow,
	horse: m.doodle_animal_horse,
	pig: m.doodle_animal_pig,
	sheep: m.doodle_animal_sheep
};

export const GROUP_NAME: Record<Group, () => string> = {
	spotted: m.doodle_group_spotted,
	plain: m.doodle_group_plain,
	unlabelled: m.doodle_group_unlabelled,
	horse: ANIMAL_NAME.horse,
	pig: ANIMAL_NAME.pig,
	sheep: ANIMAL_NAME.sheep
};

/**
 * A percentage as the lab shows it, in the reader's language ("53%", "53 %"), or a dash when
 * there is nothing to measure.
 */
export const pct = (value: number | null | undefined): string =>
	value === null || value === undefined
		? '–'
		: new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
				Math.round(value) / 100
			);

/** The gap between spotted and plain cows in words a child reads: right how often more, for which. */
export function gapText(gap: number): string {
	const points = Math.round(Math.abs(gap));
	if (points < 5) return m.artifact_gap_even();
	return gap > 0 ? m.artifact_gap_spotted({ points }) : m.artifact_gap_plain({ points });
}
