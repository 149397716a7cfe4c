import type { Localized } from './localize';
import type { Step } from './types';

/** A step's own title, or null for kinds that have none (discuss, reflect). */
export function ownTitle(step: Localized<Step>): string | null {
	return step.kind === 'discuss' || step.kind === 'reflect' ? null : step.title;
}
