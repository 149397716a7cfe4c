import type { WorkerLike } from './client';
import { createImageSession, type ImageSessionSources } from './image-session';
import { createGanSession } from './session';

type Session<To> = { handle(message: To): unknown };

/**
 * A worker played by a real session in this thread, answering on the next turn as a worker
 * would: for tests of everything on the page side of the worker.
 */
function inThread<To, From>(makeSession: (post: (message: From) => void) => Session<To>) {
	const listeners: {
		message: ((e: MessageEvent<From>) => void)[];
		error: ((e: ErrorEvent) => void)[];
	} = { message: [], error: [] };
	// A task, not a microtask, as a worker's message is: a page that keeps asking still lets timers run.
	const session = makeSession((data) =>
		setTimeout(() => listeners.message.forEach((l) => l({ data } as MessageEvent<From>)))
	);
	let terminated = false;
	const worker: WorkerLike<To, From> = {
		postMessage: (message: To) => void session.handle(message),
		addEventListener: ((type: 'message' | 'error', listener: never) =>
			listeners[type].push(listener)) as WorkerLike<To, From>['addEventListener'],
		terminate: () => (terminated = true)
	};
	return {
		worker,
		crash: (message: string) => listeners.error.forEach((l) => l({ message } as ErrorEvent)),
		terminated: () => terminated
	};
}

/** The 2-D GAN's worker. The session's clock stands still by default, so budgets never cut a frame short. */
export function inThreadWorker(now: () => number = () => 0) {
	return inThread((post: Parameters<typeof createGanSession>[0]) => createGanSession(post, now));
}

/** The image GAN's worker, on the sources given (tests read the shipped files from disk). */
export function inThreadImageWorker(sources: ImageSessionSources, now?: () => number) {
	return inThread((post: Parameters<typeof createImageSession>[0]) =>
		createImageSession(post, sources, now)
	);
}
