// The 2-D GAN benchmark's page code (bench/gan2d.bench.js bundles it): the project's trainer
// (src/lib/gan), and, as the baseline, GAN Lab's way of training (TensorFlow.js ops, the same
// networks, batch 150, two discriminator and one generator update per iteration), written here.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { seededRandom } from '../src/lib/doodle/random';
import { datasetPoints } from '../src/lib/gan/datasets';
import { fitOf, isFitted } from '../src/lib/gan/fit';
import { Gan2d } from '../src/lib/gan/gan2d';

const ring = () => datasetPoints('ring', seededRandom(1));

/** Iterations a second of the project's trainer, on this thread, for about `seconds`. */
function ours(seconds: number) {
	const gan = new Gan2d(ring());
	for (let i = 0; i < 50; i++) gan.iteration();
	const started = performance.now();
	let iterations = 0;
	while (performance.now() - started < seconds * 1000) {
		gan.iteration();
		iterations++;
	}
	const ms = performance.now() - started;
	return { iterations, ms, perSecond: (iterations * 1000) / ms };
}

/** Iterations until the ring is fitted (checked every 50), for a few seeds. */
function ringFit(seeds: number[]) {
	return seeds.map((seed) => {
		const data = datasetPoints('ring', seededRandom(seed));
		const gan = new Gan2d(data, { seed });
		for (let i = 1; i <= 3000; i++) {
			gan.iteration();
			if (i % 50 === 0 && isFitted(fitOf(data, gan.generate(gan.noise(500))))) return i;
		}
		return null;
	});
}

/** GAN Lab's way of training: the same networks and updates as TensorFlow.js ops, on a backend. */
async function ganLabTrainer(backend: string) {
	await tf.setBackend(backend);
	await tf.ready();
	const data = tf.tensor2d(ring(), [1000, 2]);
	const dense = (from: number, to: number) => [
		tf.variable(tf.randomNormal([from, to], 0, Math.sqrt(2 / from))),
		tf.variable(tf.zeros([to]))
	];
	const g = [...dense(2, 16), ...dense(16, 16), ...dense(16, 2)];
	const d = [...dense(2, 16), ...dense(16, 16), ...dense(16, 1)];
	const run = (vars: tf.Variable[], x: tf.Tensor) => {
		let h = x;
		for (let l = 0; l < vars.length; l += 2) {
			h = tf.add(tf.matMul(h as tf.Tensor2D, vars[l] as tf.Tensor2D), vars[l + 1]!);
			if (l + 2 < vars.length) h = tf.leakyRelu(h, 0.2);
		}
		return h;
	};
	const dOptimizer = tf.train.adam(0.004, 0.5);
	const gOptimizer = tf.train.adam(0.004, 0.5);
	const batch = 150;
	const noise = () => tf.randomUniform([batch, 2], -1, 1);
	const iteration = () => {
		for (let k = 0; k < 2; k++)
			dOptimizer.minimize(
				() => {
					const real = tf.gather(data, tf.randomUniform([batch], 0, 1000, 'int32'));
					const fake = run(g, noise());
					const lossReal = tf.mean(tf.softplus(tf.neg(run(d, real))));
					const lossFake = tf.mean(tf.softplus(run(d, fake)));
					return tf.add(lossReal, lossFake) as tf.Scalar;
				},
				false,
				d
			);
		gOptimizer.minimize(
			() => tf.mean(tf.softplus(tf.neg(run(d, run(g, noise()))))) as tf.Scalar,
			false,
			g
		);
	};
	for (let i = 0; i < 10; i++) iteration();
	await tf.ready();
	return {
		iteration,
		readBack: () => (g[0] as tf.Tensor).data(),
		dispose() {
			const tensors = tf.memory().numTensors;
			[...g, ...d, data].forEach((t) => t.dispose());
			dOptimizer.dispose();
			gOptimizer.dispose();
			return tensors;
		}
	};
}

/** The baseline as fast as it goes, each iteration read back before the next. */
async function baseline(backend: string, seconds: number) {
	const trainer = await ganLabTrainer(backend);
	const started = performance.now();
	let iterations = 0;
	while (performance.now() - started < seconds * 1000) {
		trainer.iteration();
		iterations++;
		// Each iteration is read back before the next, as a loop that charts its progress does.
		await trainer.readBack();
	}
	const ms = performance.now() - started;
	const tensors = trainer.dispose();
	return { backend: tf.getBackend(), iterations, ms, perSecond: (iterations * 1000) / ms, tensors };
}

/**
 * GAN Lab's loop as its page runs it: one iteration per animation frame on the page's thread,
 * its results read back every 50 iterations (when GAN Lab redraws). Frames a second, iterations
 * a second and the longest frame. It draws nothing, which favours it.
 */
async function ganLabLoop(backend: string, seconds: number) {
	const trainer = await ganLabTrainer(backend);
	const frames: number[] = [];
	let iterations = 0;
	await new Promise<void>((done) => {
		const started = performance.now();
		const frame = async (now: number) => {
			frames.push(now);
			trainer.iteration();
			if (++iterations % 50 === 0) await trainer.readBack();
			if (performance.now() - started < seconds * 1000) requestAnimationFrame(frame);
			else done();
		};
		requestAnimationFrame(frame);
	});
	const span = (frames.at(-1)! - frames[0]!) / 1000;
	const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
	const tensors = trainer.dispose();
	return {
		backend: tf.getBackend(),
		framesPerSecond: (frames.length - 1) / span,
		iterationsPerSecond: iterations / span,
		longestFrameMs: Math.max(...gaps),
		tensors
	};
}

(globalThis as unknown as { ganBench: unknown }).ganBench = { ours, ringFit, baseline, ganLabLoop };
