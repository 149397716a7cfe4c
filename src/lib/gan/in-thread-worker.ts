import type { GanWorkerLike } from './client';
import { createGanSession, type FromGan, type ToGan } from './session';

/**
 * A worker played by the real session in this thread, answering on the next turn as a worker
 * would: for tests of everything on the page side of the worker.
 */
export function inThreadWorker(
	/** The session's clock; the default stands still, so time budgets never cut a frame short. */
	now: () => number = () => 0
) {
	const listeners: {
		message: ((e: MessageEvent<FromGan>) => void)[];
		error: ((e: ErrorEvent) => void)[];
	} = {
		message: [],
		error: []
	};
	const session = createGanSession(
		(data) =>
			queueMicrotask(() => listeners.message.forEach((l) => l({ data } as MessageEvent<FromGan>))),
		now
	);
	let terminated = false;
	const worker: GanWorkerLike = {
		postMessage: (message: ToGan) => session.handle(message),
		addEventListener: ((type: 'message' | 'error', listener: never) =>
			listeners[type].push(listener)) as GanWorkerLike['addEventListener'],
		terminate: () => (terminated = true)
	};
	return {
		worker,
		crash: (message: string) => listeners.error.forEach((l) => l({ message } as ErrorEvent)),
		terminated: () => terminated
	};
}
