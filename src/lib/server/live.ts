import { EventEmitter } from 'node:events';
import pg from 'pg';

/**
 * Notifications that a class's progress changed, for the teachers' live grids. In one process
 * (SQLite) they go through an in-process emitter. On PostgreSQL every app process listens on one
 * channel: a save on any process reaches the grids open on every process. The grid also polls,
 * so a lost notification only delays it.
 */
const bus = new EventEmitter();
bus.setMaxListeners(0);

export const PROGRESS_CHANNEL = 'class_progress';
/** Saves within this many milliseconds share one round trip to PostgreSQL. */
const BATCH_MS = 20;

interface Channel {
	publish(classId: string): void;
	close(): Promise<void>;
}
let channel: Channel | null = null;

export function notifyClassProgress(classId: string): void {
	if (channel) channel.publish(classId);
	else bus.emit(`class:${classId}`);
}

export function onClassProgress(classId: string, listener: () => void): () => void {
	bus.on(`class:${classId}`, listener);
	return () => bus.off(`class:${classId}`, listener);
}

/**
 * Joins this process to the PostgreSQL channel: LISTEN on a connection of its own (reconnecting
 * after a loss), NOTIFY through the app's pool, batched per `BATCH_MS`. Resolves once listening.
 */
export async function shareProgressThroughPostgres(
	url: string,
	pool: pg.Pool,
	log: (line: string) => void = console.error
): Promise<void> {
	let listener: pg.Client | null = null;
	let closed = false;
	const listen = async (): Promise<void> => {
		const client = new pg.Client({ connectionString: url });
		client.on('notification', (message) => {
			if (message.channel === PROGRESS_CHANNEL && message.payload)
				bus.emit(`class:${message.payload}`);
		});
		client.on('error', (error) => {
			log(`Live grid: the PostgreSQL listener was lost (${error.message}); reconnecting.`);
			void client.end().catch(() => {});
			if (!closed) setTimeout(() => void listen().catch(() => {}), 1000).unref();
		});
		await client.connect();
		await client.query(`listen ${PROGRESS_CHANNEL}`);
		listener = client;
	};
	await listen();

	let pending = new Set<string>();
	let timer: NodeJS.Timeout | null = null;
	const flush = () => {
		timer = null;
		const classIds = [...pending];
		pending = new Set();
		pool
			.query('select pg_notify($1, id) from unnest($2::text[]) as id', [PROGRESS_CHANNEL, classIds])
			.catch((error: Error) => log(`Live grid: could not notify (${error.message})`));
	};
	channel = {
		publish(classId) {
			pending.add(classId);
			timer ??= setTimeout(flush, BATCH_MS);
		},
		async close() {
			closed = true;
			if (timer) clearTimeout(timer);
			channel = null;
			await listener?.end();
		}
	};
}

/** Leaves the PostgreSQL channel (tests, shutdown): notifications stay in this process again. */
export async function stopSharingProgress(): Promise<void> {
	await channel?.close();
}
