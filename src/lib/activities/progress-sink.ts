import type { ProgressSink } from './contract';
import { LocalProgressSink, MemoryStore } from './local-progress';
import { QueuedServerSink } from './server-progress';

const RETRY_MS = 15_000;

/**
 * Where this browser's progress goes: a signed-in student's to the server (queued, retried when the
 * connection comes back), a visitor's to this device only. Returns the sink and a stop function.
 */
export function openProgressSink(studentId: string | null): {
	sink: ProgressSink;
	/** The student's queue to the server (null for a visitor), to tell whether work got through. */
	queue: QueuedServerSink | null;
	close: () => void;
} {
	const storage = typeof localStorage === 'undefined' ? new MemoryStore() : localStorage;
	if (!studentId) return { sink: new LocalProgressSink(storage), queue: null, close: () => {} };
	const sink = new QueuedServerSink(
		storage,
		(url, init) => fetch(url, init),
		() => navigator.onLine,
		studentId
	);
	const flush = () => void sink.flush();
	window.addEventListener('online', flush);
	const timer = setInterval(flush, RETRY_MS);
	flush();
	return {
		sink,
		queue: sink,
		close: () => {
			window.removeEventListener('online', flush);
			clearInterval(timer);
		}
	};
}
