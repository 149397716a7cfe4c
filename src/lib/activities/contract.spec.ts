import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aiOrNotPresetSchema } from './ai-or-not/preset';
import { LocalProgressSink, MAX_LOCAL_EVENTS, MemoryStore } from './local-progress';
import { decodePreset, encodePreset } from './preset-link';

describe('preset links', () => {
	const preset = { items: ['calculator', 'spam-filter', 'bird-camera'], reveal: 'end' };

	it('round-trip a preset through a URL-safe string', () => {
		const encoded = encodePreset(preset);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodePreset(encoded, aiOrNotPresetSchema)).toEqual({ ok: true, preset });
	});

	it('round-trip non-ASCII text', () => {
		const encoded = encodePreset({ title: 'Clasificación ñandú 🐄' });
		const decoded = decodePreset(encoded, z.object({ title: z.string() }));
		expect(decoded).toEqual({ ok: true, preset: { title: 'Clasificación ñandú 🐄' } });
	});

	it('refuse damaged and invalid presets', () => {
		expect(decodePreset('%%%', aiOrNotPresetSchema)).toEqual({ ok: false, reason: 'encoding' });
		expect(decodePreset(encodePreset(preset).slice(0, -4), aiOrNotPresetSchema).ok).toBe(false);
		expect(decodePreset(encodePreset({ items: ['calculator'] }), aiOrNotPresetSchema)).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(
			decodePreset(
				encodePreset({ items: ['calculator', 'calculator', 'spam-filter'] }),
				aiOrNotPresetSchema
			).ok
		).toBe(false);
		expect(decodePreset('A'.repeat(5000), aiOrNotPresetSchema).ok).toBe(false);
	});
});

describe('local progress', () => {
	const event = (id: string, context = 'm/3-5/l') => ({
		id,
		context,
		at: '2026-11-25T10:00:00Z',
		event: { type: 'step-completed' as const, step: id }
	});

	it('stores each event once, by idempotency key, per context', () => {
		const sink = new LocalProgressSink(new MemoryStore());
		sink.record(event('a'));
		sink.record(event('a'));
		sink.record(event('b'));
		sink.record(event('c', 'other'));
		expect(sink.list('m/3-5/l').map((e) => e.id)).toEqual(['a', 'b']);
		sink.clear('m/3-5/l');
		expect(sink.list('m/3-5/l')).toEqual([]);
		expect(sink.list('other')).toHaveLength(1);
	});

	it('survives corrupted storage and caps what it keeps', () => {
		const store = new MemoryStore();
		store.setItem('dayofai:progress:v1', '{broken');
		expect(new LocalProgressSink(store).list('m/3-5/l')).toEqual([]);
		expect(MAX_LOCAL_EVENTS).toBe(2000);
		const sink = new LocalProgressSink(store, '', 50);
		for (let i = 0; i < 55; i++) sink.record(event(`e${i}`));
		const kept = sink.list('m/3-5/l');
		expect(kept).toHaveLength(50);
		expect(kept[0]!.id).toBe('e5');
	});
});
