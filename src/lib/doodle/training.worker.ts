/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { shippedKey } from './dataset';
import { decodeExtractor } from './features';
import { SUBSET_PATH, decodeSubset } from './subset';
import { createTrainingSession } from './training-session';
import type { BackendName, FromWorker, ToWorker } from './worker-protocol';

/**
 * The doodle lab's training worker: TensorFlow.js runs here, never on the page, so drawing and
 * scrolling stay smooth while a model trains. WebAssembly is the default backend: on the small
 * network it beats WebGL and needs no GPU (many school tablets have weak ones). The threaded
 * WebAssembly build needs cross-origin isolation, which the app does not ask for, so the browser
 * never fetches it (and the service worker does not keep it).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
setWasmPaths({
	'tfjs-backend-wasm.wasm': wasmPlain,
	'tfjs-backend-wasm-simd.wasm': wasmSimd,
	'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
});

const post = (message: FromWorker) => scope.postMessage(message);
/** The extractor and the real drawings ship with the app (static/doodles): the service worker keeps them. */
async function shippedFile(path: string, what: string): Promise<Uint8Array> {
	const response = await fetch(new URL(path, scope.location.origin));
	if (!response.ok) throw new Error(`${what} could not be loaded (${response.status}).`);
	return new Uint8Array(await response.arrayBuffer());
}
const loadExtractor = async () =>
	decodeExtractor(await shippedFile('/doodles/features-v1.bin', 'The feature extractor'));
const loadShipped = async () =>
	new Map(
		decodeSubset(await shippedFile(SUBSET_PATH, 'The real drawings')).map((d) => [
			shippedKey(d.animal, d.position),
			d.drawing
		])
	);

const session = createTrainingSession(post, undefined, loadExtractor, loadShipped);

async function useBackend(preferred: BackendName): Promise<string> {
	const order: BackendName[] = [preferred, 'wasm', 'cpu'];
	for (const name of order) {
		try {
			if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
			if (await tf.setBackend(name)) {
				await tf.ready();
				return name;
			}
		} catch {
			// The next backend in the list, down to the plain CPU one that always works.
		}
	}
	return tf.getBackend();
}

let ready: Promise<string> | null = null;

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if (message.type === 'init') {
		ready = useBackend(message.backend);
		post({ type: 'ready', backend: await ready });
		return;
	}
	ready ??= useBackend('wasm');
	await ready;
	await session.handle(message);
};
