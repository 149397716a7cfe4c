import type { ProgressEvent, ProgressSink } from './contract';
import { LocalProgressSink, type KeyValueStore } from './local-progress';

const OUTBOX_KEY = 'dayofai:outbox:v1';
const BATCH_SIZE = 100;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Whether a lesson's work has reached the teacher: `sent` (the server has every event), `waiting`
 * (kept on this tablet and sent later; `problem` says why not yet: `offline`, or the server's
 * error code such as `not_signed_in` or `rate_limited`), or `device` (a visitor's: it stays here).
 */
export type Delivery =
	{ state: 'device' } | { state: 'sent' } | { state: 'waiting'; problem: string | null };

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
	/** Events the server has no room for now: kept on the device, not sent again this visit. */
	private readonly held = new Set<string>();
	private retryTimer: ReturnType<typeof setTimeout> | null = null;
	/** Why the last send did not get through (`offline` or the server's code), null after one did. */
	private problem: string | null = null;
	/** Called whenever what `delivery` answers may have changed. */
	onChange: (() => void) | null = null;

	/** `scope` keeps each student's outbox apart on a shared tablet (their id). */
	constructor(
		private readonly store: KeyValueStore,
		private readonly fetcher: Fetch,
		private readonly isOnline: () => boolean = () => true,
		private readonly scope = '',
		private readonly endpoint = '/api/progress',
		private readonly schedule: (run: () => void, ms: number) => ReturnType<typeof setTimeout> = (
			run,
			ms
		) => setTimeout(run, ms)
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
		this.onChange?.();
		void this.flush();
	}

	list(context: string): ProgressEvent[] {
		return this.local.list(context);
	}

	/** Whether one lesson's (or activity's) events have all reached the server. */
	delivery(context: string): Delivery {
		return this.outbox().some((event) => event.context === context)
			? { state: 'waiting', problem: this.problem }
			: { state: 'sent' };
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
		})().finally(() => {
			this.flushing = null;
			this.onChange?.();
		});
		return this.flushing;
	}

	/** How many events the server would not take for lack of space (still kept on this device). */
	get heldCount(): number {
		return this.held.size;
	}

	private drop(ids: Iterable<string>): void {
		const gone = new Set(ids);
		this.saveOutbox(this.outbox().filter((event) => !gone.has(event.id)));
	}

	private async sendAll(): Promise<void> {
		if (!this.isOnline()) this.problem = 'offline';
		while (this.isOnline()) {
			const batch = this.outbox()
				.filter((event) => !this.held.has(event.id))
				.slice(0, BATCH_SIZE);
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
				this.problem = 'offline';
				return; // Network down: try again later.
			}
			if (response.ok) {
				this.problem = null;
				this.drop(batch.map((event) => event.id));
				continue;
			}
			const answer = await refusal(response);
			this.problem = answer.code ?? 'server_error';
			if (response.status === 400 || response.status === 413) {
				const named = answer.refused.filter((id) => batch.some((event) => event.id === id));
				if (response.status === 413 && answer.code !== 'too_large' && named.length > 0) {
					// No room on the server now: keep these here, send the rest.
					for (const id of named) this.held.add(id);
				} else {
					// Refused for good (a malformed event would block the queue forever): only the
					// events named, or the whole batch when none is.
					this.drop(named.length > 0 ? named : batch.map((event) => event.id));
				}
				continue;
			}
			if (response.status === 429) {
				const seconds = Number(response.headers.get('retry-after'));
				this.retryLater(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 30_000);
			}
			return; // 401 (signed out), 429, 5xx: keep everything and try later.
		}
	}

	private retryLater(ms: number): void {
		if (this.retryTimer !== null) return;
		this.retryTimer = this.schedule(() => {
			this.retryTimer = null;
			void this.flush();
		}, ms);
	}
}

async function refusal(response: Response): Promise<{ code?: string; refused: string[] }> {
	try {
		const body = (await response.json()) as { code?: unknown; refused?: unknown };
		return {
			code: typeof body.code === 'string' ? body.code : undefined,
			refused: Array.isArray(body.refused)
				? body.refused.filter((id): id is string => typeof id === 'string')
				: []
		};
	} catch {
		return { refused: [] };
	}
}
