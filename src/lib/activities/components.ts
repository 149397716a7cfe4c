import type { Component } from 'svelte';
import type { ActivityId } from '../curriculum/types';
import type { ActivityHost } from './contract';

type ActivityComponent = Component<{ host: ActivityHost<unknown> }>;

/** Loads an activity's component on demand, so pages without it never download its code. */
const loaders: Record<ActivityId, () => Promise<{ default: ActivityComponent }>> = {
	'ai-or-not': () =>
		import('./ai-or-not/AiOrNot.svelte') as unknown as Promise<{ default: ActivityComponent }>,
	'doodle-lab': () =>
		import('./doodle-lab/DoodleLab.svelte') as unknown as Promise<{ default: ActivityComponent }>
};

export async function loadActivityComponent(id: ActivityId): Promise<ActivityComponent> {
	return (await loaders[id]()).default;
}
