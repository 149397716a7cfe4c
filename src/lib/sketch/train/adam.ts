/** Adam with sketch-rnn's gradient clipping (each gradient clipped to ±clip) and its decaying rate. */
export class Adam {
	private m: Float32Array;
	private v: Float32Array;
	private t = 0;

	constructor(
		size: number,
		private readonly beta1 = 0.9,
		private readonly beta2 = 0.999,
		private readonly epsilon = 1e-8
	) {
		this.m = new Float32Array(size);
		this.v = new Float32Array(size);
	}

	/** One update of `params` from `grads` (clipped in place) at `rate`. */
	step(params: Float32Array, grads: Float32Array, rate: number, clip: number): void {
		this.t++;
		const correction1 = 1 - this.beta1 ** this.t;
		const correction2 = 1 - this.beta2 ** this.t;
		const { m, v, beta1, beta2, epsilon } = this;
		for (let i = 0; i < params.length; i++) {
			const g = Math.max(-clip, Math.min(clip, grads[i]!));
			m[i] = beta1 * m[i]! + (1 - beta1) * g;
			v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
			params[i]! -= (rate * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + epsilon);
		}
	}
}

/** sketch-rnn's schedule: the rate decays from `start` towards `min` by `decay` per step. */
export function learningRate(step: number, start: number, decay: number, min: number): number {
	return (start - min) * decay ** step + min;
}
