import { ownedAssignment } from '#lib/server/http/class-access';
import { progressGrid } from '#lib/server/class-progress';
import { getDb } from '#lib/server/db';
import { onClassProgress } from '#lib/server/live';
import type { RequestHandler } from './$types';

const HEARTBEAT_MS = 20_000;
const COALESCE_MS = 300;

/** Server-sent events: the grid again each time a student of the class records progress. */
export const GET: RequestHandler = (event) => {
	const { klass, assignment } = ownedAssignment(event);
	let stop = () => {};
	const stream = new ReadableStream<string>({
		start(controller) {
			const send = () => {
				try {
					controller.enqueue(
						`data: ${JSON.stringify(progressGrid(getDb(), klass.id, assignment))}\n\n`
					);
				} catch {
					stop();
				}
			};
			let pending: ReturnType<typeof setTimeout> | null = null;
			// Thirty tablets saving at once become one update.
			const unsubscribe = onClassProgress(klass.id, () => {
				pending ??= setTimeout(() => {
					pending = null;
					send();
				}, COALESCE_MS);
			});
			const heartbeat = setInterval(() => {
				try {
					controller.enqueue(': keep-alive\n\n');
				} catch {
					stop();
				}
			}, HEARTBEAT_MS);
			stop = () => {
				unsubscribe();
				clearInterval(heartbeat);
				if (pending) clearTimeout(pending);
			};
			controller.enqueue('retry: 3000\n\n');
			send();
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream.pipeThrough(new TextEncoderStream()), {
		headers: {
			'content-type': 'text/event-stream',
			'cache-control': 'no-store',
			connection: 'keep-alive',
			'x-accel-buffering': 'no'
		}
	});
};
