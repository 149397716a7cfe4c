import type { Component } from 'svelte';
import type { ActivityId, Locale } from '../curriculum/types';
import AiOrNotSetup from './ai-or-not/AiOrNotSetup.svelte';
import DoodleLabSetup from './doodle-lab/DoodleLabSetup.svelte';

/** The set-up form fields of each activity (small, plain form controls: loaded with the page). */
export const SETUP_COMPONENTS: Record<
	ActivityId,
	Component<{ preset: unknown; locale: Locale; error?: string }>
> = {
	'ai-or-not': AiOrNotSetup,
	'doodle-lab': DoodleLabSetup
};
