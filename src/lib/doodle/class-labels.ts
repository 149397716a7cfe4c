import type { Subgroup } from './generator';

export interface Votes {
	spotted: number;
	plain: number;
}

/**
 * Whether a class cow has spots: what the student who drew it said; if they were not sure, what
 * most classmates voted in the labelling round (a tie, or no votes, leaves it unlabelled).
 */
export function classLabel(drawerLabel: string | null, votes: Votes): Subgroup | null {
	if (drawerLabel === 'spotted' || drawerLabel === 'plain') return drawerLabel;
	if (votes.spotted > votes.plain) return 'spotted';
	if (votes.plain > votes.spotted) return 'plain';
	return null;
}
