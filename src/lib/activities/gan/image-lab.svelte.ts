import type { ActivityEvent } from '../contract';
import { GanError, type ImageGanClient } from '#lib/gan/client';
import type { PictureProblem } from '#lib/gan/pictures';
import { FACE_SIZE } from '#lib/gan/faces';
import type { HistoryPoint, ImageData, ImageDataName, ImageGanState } from '#lib/gan/image-session';
import { FORGER_DATA, type ForgerData } from '#lib/gan/forger';
import { isApiErrorCode } from '#lib/i18n/errors';
import type { ApiErrorCode } from '#lib/validation/errors';

/** How sharing the generator with the class went: shared, or the server's reason (or offline). */
export type ShareOutcome = 'shared' | ApiErrorCode | 'offline';

/** How long each stretch of training runs in the worker before the grid refreshes. */
export const STRETCH_MS = 150;
/** Chart points kept: older ones are thinned, so a long run still draws quickly. */
export const HISTORY_POINTS = 300;
export const WALK_STEPS = 8;
/** Iterations after which a student has seen the GAN learn (the step the lesson counts). */
export const TRAINED_STEP_AT = 500;

/** `no-class`: the class's drawings are only there for a student signed in to a class. */
export type ImageLabProblem = PictureProblem | 'pretrained' | 'worker' | 'no-class' | 'offline';

/**
 * The image GAN on the page: which pictures it learns from, the latest samples from the fixed
 * noise, the charts' history, play and pause (one stretch of training at a time), reset, the
 * shipped generator, and a walk between two samples. The networks live in the worker.
 */
export class ImageLab {
	data = $state<ImageDataName | 'drawings'>('faces');
	state = $state.raw<ImageGanState | null>(null);
	history = $state.raw<HistoryPoint[]>([]);
	playing = $state(false);
	busy = $state(false);
	problem = $state<ImageLabProblem | null>(null);
	/** Seconds spent training since the last start or reset (worker time). */
	seconds = $state(0);
	/** The two samples picked for a walk, and the pictures along it. */
	picked = $state<number[]>([]);
	walk = $state.raw<Float32Array | null>(null);
	/** Where the generator came from when it was loaded rather than trained here. */
	loadedFrom = $state<'shipped' | 'class' | null>(null);
	shared = $state<ShareOutcome | null>(null);

	private client: ImageGanClient | null = null;
	private current: ImageData = 'faces';
	private reported: string[] = [];
	private disposed = false;

	constructor(
		private readonly open: () => ImageGanClient,
		private readonly report: (event: ActivityEvent) => void
	) {}

	/** The worker, started on first use (and again after one stopped). */
	get gan(): ImageGanClient {
		this.client ??= this.open();
		return this.client;
	}

	/** Pixels a side of the pictures it learns from and makes. */
	get size(): number {
		return this.state?.size ?? FACE_SIZE;
	}

	get iterations(): number {
		return this.state?.iterations ?? 0;
	}

	/** Starts on a set of pictures; refused drawings keep what was there and say why. */
	async choose(data: ImageData): Promise<boolean> {
		this.pause();
		return this.run(async () => {
			const state = await this.gan.start(data);
			this.current = data;
			this.data = state.data;
			this.restarted(state);
		});
	}

	/**
	 * The class's own cows (what its students drew in the doodle lab), from the server: a GAN of
	 * our own class's cows. The worker checks them at the door, like any drawings.
	 */
	async chooseClassCows(fetcher: typeof fetch = fetch): Promise<boolean> {
		this.pause();
		let response: Response;
		try {
			response = await fetcher('/api/doodles', { headers: { accept: 'application/json' } });
		} catch {
			this.problem = 'offline';
			return false;
		}
		if (!response.ok) {
			this.problem = response.status === 401 || response.status === 403 ? 'no-class' : 'offline';
			return false;
		}
		const body: unknown = await response.json().catch(() => null);
		const items =
			body && typeof body === 'object' && Array.isArray((body as { items?: unknown }).items)
				? ((body as { items: unknown[] }).items as { animal?: unknown; drawing?: unknown }[])
				: [];
		const cows = items.filter((item) => item?.animal === 'cow').map((item) => item.drawing);
		return this.choose({ drawings: cows });
	}

	async reset(): Promise<boolean> {
		this.pause();
		return this.run(async () => this.restarted(await this.gan.reset()));
	}

	/** The generator the project trained (faces only), for classes without time to train. */
	async usePretrained(): Promise<boolean> {
		this.pause();
		return this.run(async () => {
			if (!this.state) await this.gan.start(this.current);
			this.restarted(await this.gan.pretrained());
			this.loadedFrom = 'shipped';
			this.reportOnce('pretrained');
		});
	}

	/** Whether the generator trained here is worth sharing: it has trained, not been loaded. */
	get shareable(): boolean {
		return !!this.state && !this.state.pretrained && this.state.iterations >= TRAINED_STEP_AT;
	}

	/**
	 * Shares the generator trained here with the class: it becomes the forger of "Real or fake?"
	 * for everyone in it (the server checks the file and keeps one per class).
	 */
	async share(fetcher: typeof fetch = fetch): Promise<boolean> {
		if (!this.shareable || !this.state) return false;
		this.pause();
		const { data, iterations } = this.state;
		let bytes: Uint8Array;
		try {
			bytes = await this.gan.generatorFile();
		} catch (error) {
			this.failed(error);
			return false;
		}
		try {
			const response = await fetcher(`/api/class-forger?data=${data}&iterations=${iterations}`, {
				method: 'POST',
				headers: { 'content-type': 'application/octet-stream', accept: 'application/json' },
				body: bytes as BodyInit
			});
			if (response.ok) this.shared = 'shared';
			else {
				const body: unknown = await response.json().catch(() => null);
				const code = (body as { code?: unknown } | null)?.code;
				this.shared = isApiErrorCode(code) ? code : 'invalid';
			}
		} catch {
			this.shared = 'offline';
		}
		if (this.shared === 'shared') this.reportOnce('shared-forger');
		return this.shared === 'shared';
	}

	/**
	 * The generator a classmate shared, with the real pictures it learned from beside it: the
	 * class's forger. False when the class has none (or this is not a student of a class).
	 */
	async useClassForger(fetcher: typeof fetch = fetch): Promise<boolean> {
		if (this.loadedFrom === 'class' && this.state?.pretrained) return true;
		this.pause();
		let response: Response;
		try {
			response = await fetcher('/api/class-forger', {
				headers: { accept: 'application/octet-stream' }
			});
		} catch {
			return false;
		}
		const data = response.headers.get('x-forger-data') as ForgerData | null;
		if (!response.ok || !data || !FORGER_DATA.includes(data)) return false;
		const bytes = new Uint8Array(await response.arrayBuffer());
		const chosen =
			data === 'drawings' ? await this.chooseClassCows(fetcher) : await this.choose(data);
		if (!chosen) return false;
		return this.run(async () => {
			this.restarted(await this.gan.pretrained(bytes));
			this.loadedFrom = 'class';
		});
	}

	play(): void {
		if (this.playing || !this.state) return;
		this.playing = true;
		void this.loop();
	}

	pause(): void {
		this.playing = false;
	}

	/** Taps on samples: the first two picked are walked between. */
	async pick(index: number): Promise<void> {
		if (this.picked.includes(index)) {
			this.picked = this.picked.filter((k) => k !== index);
			this.walk = null;
			return;
		}
		this.picked = this.picked.length >= 2 ? [index] : [...this.picked, index];
		this.walk = null;
		if (this.picked.length === 2) {
			const [from, to] = this.picked as [number, number];
			await this.run(async () => {
				this.walk = await this.gan.walk(from, to, WALK_STEPS);
				this.reportOnce('walked');
			});
		}
	}

	/** Pictures for the game: real ones from the data, fakes from this generator. */
	pictures(kind: 'real' | 'fake', count: number): Promise<Float32Array> {
		return this.gan.pictures(kind, count);
	}

	dispose(): void {
		this.disposed = true;
		this.playing = false;
		this.client?.dispose();
		this.client = null;
	}

	private restarted(state: ImageGanState) {
		this.state = state;
		this.loadedFrom = null;
		this.shared = null;
		this.history = [];
		this.seconds = 0;
		this.picked = [];
		this.walk = null;
		this.problem = null;
	}

	private async loop(): Promise<void> {
		while (this.playing && !this.disposed) {
			const ok = await this.run(async () => {
				const state = await this.gan.train(STRETCH_MS);
				if (this.disposed) return;
				this.seconds += state.milliseconds / 1000;
				this.history = thin([...this.history, ...state.history], HISTORY_POINTS);
				this.state = state;
				// A walk shows the generator as it was: drop it once the generator has moved on.
				this.walk = null;
				if (state.iterations >= TRAINED_STEP_AT) this.reportOnce('trained-pictures');
			}, false);
			if (!ok) this.playing = false;
		}
	}

	private async run(work: () => Promise<void>, showBusy = true): Promise<boolean> {
		if (showBusy) this.busy = true;
		try {
			await work();
			return true;
		} catch (error) {
			this.failed(error);
			return false;
		} finally {
			if (showBusy) this.busy = false;
		}
	}

	private failed(error: unknown) {
		const problem = error instanceof GanError ? error.problem : undefined;
		this.problem =
			problem === 'pretrained' ||
			problem === 'unreadable' ||
			problem === 'too-few' ||
			problem === 'too-many'
				? problem
				: 'worker';
		if (this.problem === 'worker' && !(error instanceof GanError)) {
			// A worker that stopped is replaced on the next request.
			this.client?.dispose();
			this.client = null;
			this.state = null;
		}
	}

	private reportOnce(step: string) {
		if (this.reported.includes(step)) return;
		this.reported.push(step);
		this.report({ type: 'step-completed', step });
	}
}

/** Keeps at most `limit` points: every other one of the older half goes when over. */
export function thin<T>(points: T[], limit: number): T[] {
	if (points.length <= limit) return points;
	const half = Math.floor(points.length / 2);
	return [...points.slice(0, half).filter((_, i) => i % 2 === 0), ...points.slice(half)];
}
