import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from './contract';
import { MemoryStore } from './local-progress';
import { QueuedServerSink } from './server-progress';

const event = (id: string): ProgressEvent => ({
	id,
	context: 'what-is-ai/3-5/spot-the-ai',
	step: id,
	at: '2026-11-25T10:00:00.000Z',
	event: { type: 'step-completed', step: id }
});

/** A fake server that stores each id once, like the real one, and can be made to fail. */
function fakeServer() {
	const stored = new Set<string>();
	let mode: 'ok' | 'down' | 'error' | 'bad' = 'ok';
	let calls = 0;
	const fetcher = async (_url: string, init: RequestInit) => {
		calls++;
		if (mode === 'down') throw new TypeError('Failed to fetch');
		if (mode === 'error') return new Response('oops', { status: 503 });
		if (mode === 'bad') return new Response('{}', { status: 400 });
		for (const e of JSON.parse(String(init.body)).events) stored.add(e.id);
		return new Response('{}', { status: 200 });
	};
	return { stored, fetcher, setMode: (m: typeof mode) => (mode = m), calls: () => calls };
}

describe('queued server progress', () => {
	it('sends events, and keeps them while offline until it can send them', async () => {
		const server = fakeServer();
		let online = false;
		const store = new MemoryStore();
		const sink = new QueuedServerSink(store, server.fetcher, () => online);
		sink.record(event('a'));
		sink.record(event('b'));
		await sink.flush();
		expect(server.calls()).toBe(0);
		expect(sink.outbox().map((e) => e.id)).toEqual(['a', 'b']);
		expect(sink.list('what-is-ai/3-5/spot-the-ai')).toHaveLength(2);

		// The page reloads while offline: the outbox is still there.
		const reloaded = new QueuedServerSink(store, server.fetcher, () => online);
		reloaded.record(event('c'));
		online = true;
		await reloaded.flush();
		expect([...server.stored].sort()).toEqual(['a', 'b', 'c']);
		expect(reloaded.outbox()).toEqual([]);
	});

	it('retries after network and server errors without losing or repeating events', async () => {
		const server = fakeServer();
		const sink = new QueuedServerSink(new MemoryStore(), server.fetcher);
		server.setMode('down');
		sink.record(event('a'));
		await sink.flush();
		server.setMode('error');
		sink.record(event('b'));
		sink.record(event('a'));
		await sink.flush();
		expect(sink.outbox().map((e) => e.id)).toEqual(['a', 'b']);
		server.setMode('ok');
		await sink.flush();
		expect([...server.stored].sort()).toEqual(['a', 'b']);
		expect(sink.outbox()).toEqual([]);
	});

	it('drops a batch the server refuses as invalid, so the queue never jams', async () => {
		const server = fakeServer();
		const sink = new QueuedServerSink(new MemoryStore(), server.fetcher);
		server.setMode('bad');
		sink.record(event('x'));
		await sink.flush();
		expect(sink.outbox()).toEqual([]);
	});

	it('sends large backlogs in batches of 100', async () => {
		const server = fakeServer();
		let online = false;
		const sink = new QueuedServerSink(new MemoryStore(), server.fetcher, () => online);
		for (let i = 0; i < 250; i++) sink.record(event(`e${i}`));
		online = true;
		await sink.flush();
		expect(server.stored.size).toBe(250);
		expect(server.calls()).toBe(3);
	});
});

describe('a shared tablet', () => {
	it('keeps each student’s queued events apart', async () => {
		const server = fakeServer();
		const store = new MemoryStore();
		const ana = new QueuedServerSink(store, server.fetcher, () => false, 'ana-id');
		const ben = new QueuedServerSink(store, server.fetcher, () => false, 'ben-id');
		ana.record(event('a1'));
		ben.record(event('b1'));
		expect(ana.outbox().map((e) => e.id)).toEqual(['a1']);
		expect(ben.outbox().map((e) => e.id)).toEqual(['b1']);
		expect(store.getItem('dayofai:outbox:v1:ana-id')).toContain('a1');
	});
});

describe('when the server says no for now', () => {
	it('keeps everything on a 429 and tries again when the server says', async () => {
		const stored: string[] = [];
		let limited = true;
		const scheduled: { run: () => void; ms: number }[] = [];
		const fetcher = async (_url: string, init: RequestInit) => {
			if (limited)
				return new Response('{"code":"rate_limited"}', {
					status: 429,
					headers: { 'retry-after': '7' }
				});
			for (const e of JSON.parse(String(init.body)).events) stored.push(e.id);
			return new Response('{}', { status: 200 });
		};
		const sink = new QueuedServerSink(
			new MemoryStore(),
			fetcher,
			() => true,
			'',
			'/api/progress',
			(run, ms) => {
				scheduled.push({ run, ms });
				return 0 as unknown as ReturnType<typeof setTimeout>;
			}
		);
		sink.record(event('a'));
		await sink.flush();
		expect(sink.outbox().map((e) => e.id)).toEqual(['a']);
		expect(scheduled.map((s) => s.ms)).toEqual([7000]);
		limited = false;
		scheduled[0]!.run();
		await sink.flush();
		expect(stored).toEqual(['a']);
		expect(sink.outbox()).toEqual([]);
	});

	it('keeps the events the server has no room for and sends the others; drops only events too large for good', async () => {
		const stored: string[] = [];
		const fetcher = async (_url: string, init: RequestInit) => {
			const ids: string[] = JSON.parse(String(init.body)).events.map((e: { id: string }) => e.id);
			if (ids.includes('full'))
				return new Response(JSON.stringify({ code: 'storage_budget', refused: ['full'] }), {
					status: 413
				});
			if (ids.includes('huge'))
				return new Response(JSON.stringify({ code: 'too_large', refused: ['huge'] }), {
					status: 413
				});
			stored.push(...ids);
			return new Response('{}', { status: 200 });
		};
		const sink = new QueuedServerSink(new MemoryStore(), fetcher);
		for (const id of ['a', 'full', 'huge', 'b']) sink.record(event(id));
		await sink.flush();
		expect(stored.sort()).toEqual(['a', 'b']);
		expect(sink.outbox().map((e) => e.id)).toEqual(['full']);
		expect(sink.heldCount).toBe(1);
	});
});

describe('whether the teacher has the work', () => {
	it('says sent once the server has every event, and waiting with the reason until then', async () => {
		const context = 'what-is-ai/3-5/spot-the-ai';
		let online = false;
		let signedIn = true;
		const stored: string[] = [];
		const fetcher = async (_url: string, init: RequestInit) => {
			if (!signedIn) return new Response('{"code":"not_signed_in"}', { status: 401 });
			for (const e of JSON.parse(String(init.body)).events) stored.push(e.id);
			return new Response('{}', { status: 200 });
		};
		const sink = new QueuedServerSink(new MemoryStore(), fetcher, () => online);
		let changes = 0;
		sink.onChange = () => changes++;
		expect(sink.delivery(context)).toEqual({ state: 'sent' });

		sink.record(event('a'));
		await sink.flush();
		expect(sink.delivery(context)).toEqual({ state: 'waiting', problem: 'offline' });
		expect(sink.delivery('another/3-5/lesson')).toEqual({ state: 'sent' });

		online = true;
		signedIn = false;
		await sink.flush();
		expect(sink.delivery(context)).toEqual({ state: 'waiting', problem: 'not_signed_in' });

		signedIn = true;
		await sink.flush();
		expect(stored).toEqual(['a']);
		expect(sink.delivery(context)).toEqual({ state: 'sent' });
		expect(changes).toBeGreaterThanOrEqual(3);
	});
});
