import { describe, expect, it } from 'vitest';
import { PEN_GRACE_MS, StrokeRecorder, type PointerSample } from './stroke-recorder';

const finger = (
	pointerId: number,
	x: number,
	y: number,
	t: number,
	extra: Partial<PointerSample> = {}
) => ({
	pointerId,
	pointerType: 'touch',
	isPrimary: pointerId === 1,
	x,
	y,
	t,
	width: 12,
	height: 12,
	...extra
});

describe('recording strokes from pointer events', () => {
	it('draws with one finger, with times from the first point, and skips sub-pixel jitter', () => {
		let changes = 0;
		const recorder = new StrokeRecorder(() => changes++);
		recorder.down(finger(1, 10, 10, 1000));
		recorder.move(finger(1, 10.4, 10.2, 1008));
		recorder.move(finger(1, 20, 10, 1016));
		recorder.up({ pointerId: 1 });
		recorder.down(finger(1, 5, 5, 2000));
		recorder.move(finger(1, 5, 25, 2016));
		recorder.up({ pointerId: 1 });
		expect(recorder.strokes).toEqual([
			{ x: [10, 20], y: [10, 10], t: [0, 16] },
			{ x: [5, 5], y: [5, 25], t: [1000, 1016] }
		]);
		expect(changes).toBe(6);
	});

	it('ignores a resting palm and a second finger while drawing', () => {
		const recorder = new StrokeRecorder();
		expect(recorder.down(finger(1, 50, 50, 0, { width: 70, height: 55 }))).toBe(false);
		expect(recorder.down(finger(2, 10, 10, 10, { isPrimary: true }))).toBe(true);
		expect(recorder.down(finger(3, 90, 90, 20, { isPrimary: false }))).toBe(false);
		recorder.move(finger(3, 95, 95, 30));
		recorder.move(finger(2, 30, 10, 30));
		recorder.up({ pointerId: 3 });
		recorder.up({ pointerId: 2 });
		expect(recorder.strokes).toEqual([{ x: [10, 30], y: [10, 10], t: [0, 20] }]);
	});

	it('lets a pen take over from an accidental touch, and ignores touches while the pen is in use', () => {
		const recorder = new StrokeRecorder();
		recorder.down(finger(1, 80, 80, 0));
		recorder.down({ pointerId: 7, pointerType: 'pen', isPrimary: true, x: 10, y: 10, t: 5 });
		recorder.move({ pointerId: 7, pointerType: 'pen', isPrimary: true, x: 20, y: 20, t: 20 });
		recorder.move(finger(1, 90, 90, 25));
		recorder.up({ pointerId: 7 });
		expect(recorder.down(finger(1, 40, 40, 20 + PEN_GRACE_MS - 1))).toBe(false);
		expect(recorder.down(finger(1, 40, 40, 20 + PEN_GRACE_MS + 1))).toBe(true);
		expect(recorder.strokes[0]).toEqual({ x: [10, 20], y: [10, 20], t: [5, 20] });
	});

	it('undoes the last stroke and clears everything', () => {
		const recorder = new StrokeRecorder();
		for (const [i, x] of [10, 40, 70].entries()) {
			recorder.down(finger(1, x, 10, i * 100));
			recorder.move(finger(1, x, 40, i * 100 + 16));
			recorder.up({ pointerId: 1 });
		}
		recorder.undo();
		expect(recorder.strokes.map((s) => s.x[0])).toEqual([10, 40]);
		recorder.down(finger(1, 5, 5, 500));
		recorder.undo();
		expect(recorder.strokes).toHaveLength(2);
		expect(recorder.isDrawing).toBe(false);
		recorder.clear();
		expect(recorder.strokes).toEqual([]);
		recorder.down(finger(1, 1, 1, 9000));
		expect(recorder.strokes[0]!.t).toEqual([0]);
	});
});
