import { m } from '#lib/paraglide/messages';
import type { BigIdea, StepKind } from '../curriculum/types';

export const bigIdeaLabel: Record<BigIdea, () => string> = {
	perception: m.bigidea_perception,
	'representation-reasoning': m.bigidea_representation_reasoning,
	learning: m.bigidea_learning,
	'natural-interaction': m.bigidea_natural_interaction,
	'societal-impact': m.bigidea_societal_impact
};

export const stepKindLabel: Record<StepKind, () => string> = {
	slide: m.step_kind_slide,
	video: m.step_kind_video,
	discuss: m.step_kind_discuss,
	activity: m.step_kind_activity,
	quiz: m.step_kind_quiz,
	reflect: m.step_kind_reflect
};
