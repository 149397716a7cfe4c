import { seededRandom } from '../../doodle/random';
import { simplifyDrawing, type SimplifiedDrawing } from '../../doodle/strokes';
import { sample } from '../decoder';
import type { SketchModel } from '../model-file';
import { drawingScale, fromStroke5 } from '../stroke5';

export interface SampledDrawing {
	drawing: SimplifiedDrawing;
	/** True when the model did not end the drawing within max_seq_len. */
	cut: boolean;
}

/** One drawing from the model, seeded, simplified to 0-255 exactly as the lab's drawings are. */
export function sampledDrawing(
	model: SketchModel,
	temperature: number,
	seed: number
): SampledDrawing {
	const { steps, cut } = sample(model, { temperature, random: seededRandom(seed) });
	return { drawing: simplifyDrawing(fromStroke5(steps, drawingScale(model.info))), cut };
}
