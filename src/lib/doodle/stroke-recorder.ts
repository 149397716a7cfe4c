import type { RawStroke } from './strokes';

/** What the recorder needs from a pointer event, in CSS pixels relative to the drawing area. */
export interface PointerSample {
	pointerId: number;
	pointerType: string;
	isPrimary: boolean;
	x: number;
	y: number;
	/** Milliseconds (the event's timeStamp). */
	t: number;
	/** Contact size; a resting palm is much larger than a fingertip. */
	width?: number;
	height?: number;
}

/** Contacts larger than this (CSS pixels) are a palm or a side of the hand, not a fingertip. */
export const PALM_SIZE = 40;
/** After a pen touches the screen, fingers are ignored for this long: the hand rests while drawing. */
export const PEN_GRACE_MS = 1500;

/**
 * Turns pointer events into strokes the way a child expects on a tablet: one finger, stylus or
 * mouse draws; a resting palm, a second finger or a touch while a pen is in use does nothing.
 * Keeps times relative to the first point, like Quick, Draw!'s raw format. No DOM: the component
 * passes samples in and draws what `strokes` holds.
 */
export class StrokeRecorder {
	private done: RawStroke[] = [];
	private current: RawStroke | null = null;
	private activePointer: number | null = null;
	private startedAt: number | null = null;
	private lastPenAt = -Infinity;

	constructor(private readonly onChange: () => void = () => {}) {}

	get strokes(): RawStroke[] {
		return this.current ? [...this.done, this.current] : [...this.done];
	}

	get isDrawing(): boolean {
		return this.current !== null;
	}

	private ignores(sample: PointerSample): boolean {
		if (sample.pointerType === 'pen') return false;
		if (sample.pointerType === 'touch') {
			if (sample.t - this.lastPenAt < PEN_GRACE_MS) return true;
			if ((sample.width ?? 0) > PALM_SIZE || (sample.height ?? 0) > PALM_SIZE) return true;
		}
		return !sample.isPrimary;
	}

	down(sample: PointerSample): boolean {
		if (sample.pointerType === 'pen') this.lastPenAt = sample.t;
		if (this.activePointer !== null) {
			// A pen takes over from a finger that started by accident (the palm landed first).
			if (sample.pointerType !== 'pen' || this.current === null) return false;
			this.current = null;
		}
		if (this.ignores(sample)) return false;
		this.startedAt ??= sample.t;
		this.activePointer = sample.pointerId;
		this.current = { x: [sample.x], y: [sample.y], t: [sample.t - this.startedAt] };
		this.onChange();
		return true;
	}

	move(sample: PointerSample): void {
		if (sample.pointerType === 'pen') this.lastPenAt = sample.t;
		if (sample.pointerId !== this.activePointer || !this.current) return;
		const n = this.current.x.length - 1;
		if (Math.hypot(sample.x - this.current.x[n]!, sample.y - this.current.y[n]!) < 1) return;
		this.current.x.push(sample.x);
		this.current.y.push(sample.y);
		this.current.t.push(sample.t - this.startedAt!);
		this.onChange();
	}

	/** The stroke ends (pointerup, or pointercancel: what was drawn is kept). */
	up(sample: Pick<PointerSample, 'pointerId'>): void {
		if (sample.pointerId !== this.activePointer || !this.current) return;
		this.done.push(this.current);
		this.current = null;
		this.activePointer = null;
		this.onChange();
	}

	undo(): void {
		if (this.current) {
			this.current = null;
			this.activePointer = null;
		} else this.done.pop();
		if (this.done.length === 0) this.startedAt = null;
		this.onChange();
	}

	clear(): void {
		this.done = [];
		this.current = null;
		this.activePointer = null;
		this.startedAt = null;
		this.onChange();
	}
}
