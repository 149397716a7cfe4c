/// <reference lib="webworker" />
import { buffersOf, createGanSession, type ToGan } from './session';

/**
 * The 2-D GAN's worker: training runs here, never on the page, so the view redraws every frame
 * however many iterations run between frames. The snapshot's arrays are handed over, not copied.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const session = createGanSession((message) => scope.postMessage(message, buffersOf(message)));
scope.onmessage = (event: MessageEvent<ToGan>) => session.handle(event.data);
