import type { ProgressEvent, ProgressSink } from './contract';

/** Storage that behaves like localStorage (injected, so tests need no browser). */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

const KEY = 'dayofai:progress:v1';
/** Oldest events are dropped beyond this, so storage can never fill up on a shared tablet. */
export const MAX_LOCAL_EVENTS = 2000;

/** Progress for visitors who are not in a class: kept on this device only. */
export class LocalProgressSink implements ProgressSink {
	/** `scope` keeps each student's events apart on a shared tablet (their id). */
	constructor(
		private readonly store: KeyValueStore,
		private readonly scope = '',
		private readonly maxEvents = MAX_LOCAL_EVENTS
	) {}

	private get key(): string {
		return this.scope ? `${KEY}:${this.scope}` : KEY;
	}

	private read(): ProgressEvent[] {
		try {
			const parsed: unknown = JSON.parse(this.store.getItem(this.key) ?? '[]');
			return Array.isArray(parsed) ? (parsed as ProgressEvent[]) : [];
		} catch {
			return [];
		}
	}

	record(event: ProgressEvent): void {
		const events = this.read();
		if (events.some((existing) => existing.id === event.id)) return;
		events.push(event);
		try {
			this.store.setItem(this.key, JSON.stringify(events.slice(-this.maxEvents)));
		} catch {
			// Storage full or disabled (private mode): progress is best-effort for visitors.
		}
	}

	list(context: string): ProgressEvent[] {
		return this.read().filter((event) => event.context === context);
	}

	clear(context: string): void {
		const kept = this.read().filter((event) => event.context !== context);
		this.store.setItem(this.key, JSON.stringify(kept));
	}
}

/** An in-memory KeyValueStore, for when the browser offers no storage. */
export class MemoryStore implements KeyValueStore {
	private readonly values = new Map<string, string>();
	getItem(key: string): string | null {
		return this.values.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.values.set(key, value);
	}
	removeItem(key: string): void {
		this.values.delete(key);
	}
}
