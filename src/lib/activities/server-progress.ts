import type { ProgressEvent, ProgressSink } from './contract';
import { LocalProgressSink, type KeyValueStore } from './local-progress';

const OUTBOX_KEY = 'dayofai:outbox:v1';
const BATCH_SIZE = 100;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Progress for a student in a class: every event is kept on the device first (an outbox in local
 * storage) and sent to the server in batches. While offline, or when a send fails, events wait and
 * are sent again later; the server stores each idempotency key once, so nothing is lost and nothing
 * is counted twice.
 */
export class QueuedServerSink implements ProgressSink {
	private readonly local: LocalProgressSink;
	private flushing: Promise<void> | null = null;
	private again = false;

	/** `scope` keeps each student's outbox apart on a shared tablet (their id). */
	constructor(
		private readonly store: KeyValueStore,
		private readonly fetcher: Fetch,
		private readonly isOnline: () => boolean = () => true,
		private readonly scope = '',
		private readonly endpoint = '/api/progress'
	) {
		this.local = new LocalProgressSink(store, scope);
	}

	private get outboxKey(): string {
		return this.scope ? `${OUTBOX_KEY}:${this.scope}` : OUTBOX_KEY;
	}

	outbox(): ProgressEvent[] {
		try {
			const parsed: unknown = JSON.parse(this.store.getItem(this.outboxKey) ?? '[]');
			return Array.isArray(parsed) ? (parsed as ProgressEvent[]) : [];
		} catch {
			return [];
		}
	}

	private saveOutbox(events: ProgressEvent[]): void {
		this.store.setItem(this.outboxKey, JSON.stringify(events));
	}

	record(event: ProgressEvent): void {
		this.local.record(event);
		const outbox = this.outbox();
		if (!outbox.some((queued) => queued.id === event.id)) {
			outbox.push(event);
			this.saveOutbox(outbox);
		}
		void this.flush();
	}

	list(context: string): ProgressEvent[] {
		return this.local.list(context);
	}

	/**
	 * Sends what is waiting. A call during a run makes that run go round once more, so an event
	 * recorded (or a connection restored) mid-run is never left behind.
	 */
	flush(): Promise<void> {
		if (this.flushing) {
			this.again = true;
			return this.flushing;
		}
		this.flushing = (async () => {
			do {
				this.again = false;
				await this.sendAll();
			} while (this.again && this.isOnline());
		})().finally(() => (this.flushing = null));
		return this.flushing;
	}

	private async sendAll(): Promise<void> {
		while (this.isOnline()) {
			const batch = this.outbox().slice(0, BATCH_SIZE);
			if (batch.length === 0) return;
			let response: Response;
			try {
				response = await this.fetcher(this.endpoint, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ events: batch }),
					credentials: 'same-origin'
				});
			} catch {
				return; // Network down: try again later.
			}
			if (response.ok || response.status === 400 || response.status === 413) {
				// Stored, or refused for good (a malformed event would block the queue forever).
				const sent = new Set(batch.map((event) => event.id));
				this.saveOutbox(this.outbox().filter((event) => !sent.has(event.id)));
				continue;
			}
			return; // 401 (signed out), 429, 5xx: keep everything and try later.
		}
	}
}
