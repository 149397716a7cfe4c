import type { GradeBand } from '../../curriculum/types';

/**
 * Slow motion: one training iteration walked through in numbered sub-steps. Each sub-step may do
 * part of the iteration (the detective's update, the forger's) and points at the part of the
 * picture it is about. Grades 3-5 get three steps; older students five. The words are content
 * (`content/<locale>.json`, `slowMotion.<band>.<step>`).
 */
export type Highlight = 'generated' | 'points' | 'heatmap' | 'arrows' | 'moved';
export type SlowStepId = 'noise' | 'look' | 'detective' | 'arrows' | 'forger';

export interface SlowStep {
	id: SlowStepId;
	/** The update this step makes when the student reaches it. */
	action?: 'discriminator' | 'generator';
	highlight: Highlight;
}

const STEPS: Record<SlowStepId, SlowStep> = {
	noise: { id: 'noise', highlight: 'generated' },
	look: { id: 'look', highlight: 'points' },
	detective: { id: 'detective', action: 'discriminator', highlight: 'heatmap' },
	arrows: { id: 'arrows', highlight: 'arrows' },
	forger: { id: 'forger', action: 'generator', highlight: 'moved' }
};

export const SIMPLE_STEPS: readonly SlowStepId[] = ['noise', 'detective', 'forger'];
export const FULL_STEPS: readonly SlowStepId[] = ['noise', 'look', 'detective', 'arrows', 'forger'];

/** The steps a band sees; a shared link without a band gets the full walk-through. */
export function slowStepsFor(band: GradeBand | undefined): SlowStep[] {
	return (band === '3-5' ? SIMPLE_STEPS : FULL_STEPS).map((id) => STEPS[id]);
}
