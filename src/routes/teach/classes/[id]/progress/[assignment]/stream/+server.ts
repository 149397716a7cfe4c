import { ownedAssignment } from '#lib/server/http/class-access';
import { progressGrid } from '#lib/server/class-progress';
import { getDb } from '#lib/server/db';
import { onClassProgress } from '#lib/server/live';
import type { RequestHandler } from './$types';

const HEARTBEAT_MS = 20_000;
const COALESCE_MS = 300;

/** Server-sent events: the grid again each time a student of the class records progress. */
export const GET: RequestHandler = async (event) => {
	const { klass, assignment } = await ownedAssignment(event);
	let stop = () => {};
	const stream = new ReadableStream<string>({
		async start(controller) {
			const send = async () => {
				try {
					controller.enqueue(
						`data: ${JSON.stringify(await progressGrid(getDb(), klass.id, assignment))}\n\n`
					);
				} catch {
					stop();
				}
			};
			let pending: ReturnType<typeof setTimeout> | null = null;
			// Thirty tablets saving at once become one update.
			const unsubscribe = onClassProgress(klass.id, () => {
				pending ??= setTimeout(async () => {
					pending = null;
					await send();
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
			await send();
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
