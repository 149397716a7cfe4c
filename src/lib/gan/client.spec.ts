import { describe, expect, it } from 'vitest';
import { GanClient } from './client';
import { inThreadWorker } from './in-thread-worker';

describe('the page’s side of the GAN worker', () => {
	it('starts, plays frames, steps and resets, each answer matched to its request', async () => {
		const { worker } = inThreadWorker();
		const gan = new GanClient(worker);
		const { real, snapshot } = await gan.start('ring');
		expect(real).toHaveLength(2000);
		expect(snapshot.iterations).toBe(0);
		const [a, b] = await Promise.all([gan.frame(5), gan.frame(7)]);
		expect([a.snapshot.iterations, b.snapshot.iterations]).toEqual([5, 12]);
		expect((await gan.step('both')).snapshot.iterations).toBe(13);
		expect((await gan.reset()).snapshot.iterations).toBe(0);
	});

	it('turns the worker’s refusals into errors with its message', async () => {
		const { worker } = inThreadWorker();
		const gan = new GanClient(worker);
		await expect(gan.frame(3)).rejects.toThrow('Choose the real data first.');
		await expect(gan.start({ drawn: [] })).rejects.toThrow('Draw a shape first');
		await expect(gan.start({ drawn: [{ x: [1], y: [1] }] })).rejects.toMatchObject({
			problem: 'dot'
		});
	});

	it('fails what is waiting when the worker stops, and refuses requests once closed', async () => {
		const { worker, crash, terminated } = inThreadWorker();
		const gan = new GanClient(worker);
		await gan.start('line');
		const waiting = gan.frame(1);
		crash('out of memory');
		await expect(waiting).rejects.toThrow('out of memory');
		gan.dispose();
		expect(terminated()).toBe(true);
		await expect(gan.frame(1)).rejects.toThrow('The GAN was closed.');
	});
});
