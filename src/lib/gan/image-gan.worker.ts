/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { decodeSubset, SUBSET_PATH } from '../doodle/subset';
import { PRETRAINED_PATH } from './generator-file';
import { buffersOf, createImageSession, type ToImageGan } from './image-session';

/**
 * The image GAN's worker: TensorFlow.js on WebAssembly (SIMD where the browser has it, the plain
 * CPU backend where it has none), so the page keeps drawing while the GAN trains. The threaded
 * build needs cross-origin isolation, which the app does not ask for, so it is never fetched.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
setWasmPaths({
	'tfjs-backend-wasm.wasm': wasmPlain,
	'tfjs-backend-wasm-simd.wasm': wasmSimd,
	'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
});

async function shippedFile(path: string, what: string): Promise<Uint8Array> {
	const response = await fetch(new URL(path, scope.location.origin));
	if (!response.ok) throw new Error(`${what} could not be loaded (${response.status}).`);
	return new Uint8Array(await response.arrayBuffer());
}

const session = createImageSession((message) => scope.postMessage(message, buffersOf(message)), {
	// The lab's real Quick, Draw! cows, less its held-out test drawings.
	cows: async () =>
		decodeSubset(await shippedFile(SUBSET_PATH, 'The real drawings'))
			.filter((drawing) => drawing.animal === 'cow' && !drawing.test)
			.map((drawing) => drawing.drawing),
	pretrained: () => shippedFile(PRETRAINED_PATH, 'The trained generator')
});

async function useBackend(): Promise<string> {
	for (const name of ['wasm', 'cpu']) {
		try {
			if (await tf.setBackend(name)) {
				await tf.ready();
				return name;
			}
		} catch {
			// The plain CPU backend always works.
		}
	}
	return tf.getBackend();
}

const ready = useBackend();
scope.onmessage = async (event: MessageEvent<ToImageGan>) => {
	await ready;
	await session.handle(event.data);
};
