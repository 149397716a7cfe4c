import { parseSketchModel, type SketchModel } from '#lib/sketch/model-file';
import { SketchRun } from '#lib/sketch/decoder';
import { padToDrawing, stepsToStrokes, viewBoxOf, type SketchStroke } from '#lib/sketch/drawing';
import { drawingScale, toStroke5 } from '#lib/sketch/stroke5';
import { AI_DRAWING_KIND, aiDrawingSchema, type AiDrawing } from '#lib/sketch/artifact';
import { SketchModelError } from '#lib/sketch/model-file';
import { seededRandom } from '#lib/doodle/random';
import type { RawStroke } from '#lib/doodle/strokes';
import type { ActivityEvent } from '../contract';

export interface DrawingModelEntry {
	name: string;
	url: string;
	by: 'project' | 'magenta';
}

/** The project's cow model ships with the app, so the panel works before the list arrives. */
const BUILT_IN: DrawingModelEntry[] = [
	{ name: 'cow', url: '/sketch-rnn/cow.gen.json', by: 'project' }
];
/** A pen move every 35 ms: a 150-move drawing takes about five seconds to watch. */
export const MOVE_MS = 35;
/** LSTM steps per slice of work between frames: about 10 ms with a 512-unit model. */
const STEPS_PER_SLICE = 8;

export type AiDrawsStatus = 'idle' | 'loading' | 'thinking' | 'drawing' | 'done' | 'error';
export type AiDrawsProblem =
	/** The model: not on this server, a damaged file, or no connection. */
	| { kind: 'model'; reason: 'missing' | 'damaged' | 'unreachable' }
	| { kind: 'too-long'; steps: number; max: number }
	| { kind: 'unsaveable' };

class ModelLoadError extends Error {
	constructor(readonly reason: 'missing' | 'damaged' | 'unreachable') {
		super(reason);
	}
}

const nextSlice = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * "The AI draws": loads a sketch-rnn model, has it draw (or finish the child's drawing) in slices
 * of work between frames, then reveals the pen moves at a pace children can follow.
 */
export class AiDraws {
	models = $state.raw<DrawingModelEntry[]>(BUILT_IN);
	selected = $state('cow');
	temperature = $state(0.4);
	status = $state<AiDrawsStatus>('idle');
	problem = $state.raw<AiDrawsProblem | null>(null);
	/** What is on screen: the child's strokes, then the model's as far as revealed. */
	shown = $state.raw<SketchStroke[]>([]);
	viewBox = $state('0 0 255 255');
	movesShown = $state(0);
	movesTotal = $state(0);
	cut = $state(false);
	maxMoves = $state(0);
	saved = $state(false);

	private loaded: Record<string, Promise<SketchModel>> = {};
	private generation = 0;
	private timer: ReturnType<typeof setInterval> | null = null;
	private result: { drawing: AiDrawing; studentStrokes: SketchStroke[] } | null = null;

	constructor(
		private readonly report: (event: ActivityEvent) => void,
		private readonly fetcher: typeof fetch = (input, init) => fetch(input, init)
	) {}

	get busy() {
		return this.status === 'loading' || this.status === 'thinking' || this.status === 'drawing';
	}

	get canSave() {
		return this.status === 'done' && this.result !== null && !this.saved;
	}

	/** The server's list: Magenta's models join the cow when this server has them. */
	async loadList() {
		try {
			const response = await this.fetcher('/api/sketch-models');
			if (!response.ok) return;
			const body = (await response.json()) as { models?: DrawingModelEntry[] };
			if (Array.isArray(body.models) && body.models.length > 0) this.models = body.models;
		} catch {
			// Offline: the built-in cow model is enough.
		}
	}

	private model(entry: DrawingModelEntry): Promise<SketchModel> {
		this.loaded[entry.name] ??= this.download(entry).catch((error: unknown) => {
			// Not kept: the next tap tries again (the connection may be back).
			delete this.loaded[entry.name];
			throw error;
		});
		return this.loaded[entry.name]!;
	}

	private async download(entry: DrawingModelEntry): Promise<SketchModel> {
		let response: Response;
		try {
			response = await this.fetcher(entry.url);
		} catch {
			throw new ModelLoadError('unreachable');
		}
		if (response.status === 404) throw new ModelLoadError('missing');
		if (response.status === 502) throw new ModelLoadError('damaged');
		if (!response.ok) throw new ModelLoadError('unreachable');
		try {
			return parseSketchModel(await response.json());
		} catch (error) {
			if (error instanceof SketchModelError || error instanceof SyntaxError)
				throw new ModelLoadError('damaged');
			throw new ModelLoadError('unreachable');
		}
	}

	/** The model of the drawing on screen (the chips may have moved on since). */
	get drawnModel(): string | null {
		return this.result?.drawing.model ?? null;
	}

	/** Draws from scratch, or finishes `student` (the pad's strokes) when there are any. */
	async draw(student: readonly RawStroke[] = []) {
		this.stop();
		const generation = ++this.generation;
		const entry = this.models.find((model) => model.name === this.selected) ?? this.models[0]!;
		const temperature = this.temperature;
		this.status = 'loading';
		this.problem = null;
		this.saved = false;
		this.result = null;
		this.shown = [];
		this.viewBox = '0 0 255 255';
		let model: SketchModel;
		try {
			model = await this.model(entry);
		} catch (error) {
			if (generation !== this.generation) return;
			this.status = 'error';
			this.problem = {
				kind: 'model',
				reason: error instanceof ModelLoadError ? error.reason : 'unreachable'
			};
			return;
		}
		if (generation !== this.generation) return;
		const scale = drawingScale(model.info);
		const drawing = padToDrawing(student);
		const prefix = drawing.length ? toStroke5(drawing, scale).slice(0, -1) : [];
		this.maxMoves = model.info.maxSeqLen;
		// Leave the model room for at least a few moves of its own.
		if (prefix.length > model.info.maxSeqLen - 10) {
			this.status = 'error';
			this.problem = { kind: 'too-long', steps: prefix.length, max: model.info.maxSeqLen };
			return;
		}
		const studentStrokes: SketchStroke[] = drawing.map(([x, y]) => ({ by: 'student', x, y }));
		this.shown = studentStrokes;
		this.status = 'thinking';
		const seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
		const run = new SketchRun(model, {
			temperature,
			random: seededRandom(seed),
			prefix
		});
		while (!run.advance(STEPS_PER_SLICE)) {
			await nextSlice();
			if (generation !== this.generation) return;
		}
		const last = drawing.at(-1);
		const start = last ? { x: last[0].at(-1)!, y: last[1].at(-1)! } : { x: 0, y: 0 };
		const aiStrokes = stepsToStrokes(run.steps, scale, start, !last);
		const strokes = [...studentStrokes, ...aiStrokes];
		this.result = {
			drawing: {
				model: entry.name,
				temperature,
				seed,
				finished: studentStrokes.length > 0,
				strokes
			},
			studentStrokes
		};
		this.cut = run.cut;
		this.viewBox = viewBoxOf(strokes);
		this.movesTotal = run.steps.length;
		this.reveal(studentStrokes, aiStrokes);
	}

	/** Shows the model's strokes point by point, one pen move every MOVE_MS. */
	private reveal(studentStrokes: SketchStroke[], aiStrokes: SketchStroke[]) {
		const total = aiStrokes.reduce((n, stroke) => n + stroke.x.length, 0);
		let points = 0;
		this.movesShown = 0;
		this.status = 'drawing';
		const show = () => {
			points++;
			let left = points;
			const partial: SketchStroke[] = [];
			for (const stroke of aiStrokes) {
				if (left <= 0) break;
				const n = Math.min(left, stroke.x.length);
				partial.push({ by: 'ai', x: stroke.x.slice(0, n), y: stroke.y.slice(0, n) });
				left -= n;
			}
			this.shown = [...studentStrokes, ...partial];
			this.movesShown = Math.min(this.movesTotal, Math.round((points / total) * this.movesTotal));
			if (points >= total) this.finish();
		};
		if (total === 0) return this.finish();
		this.timer = setInterval(show, MOVE_MS);
	}

	private finish() {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
		if (this.result) this.shown = this.result.drawing.strokes;
		this.movesShown = this.movesTotal;
		this.status = 'done';
	}

	/** Skips to the end of the drawing, or cancels one still loading or thinking. */
	stop() {
		if (this.status === 'drawing') this.finish();
		else if (this.busy) {
			this.generation++;
			this.status = 'idle';
		}
	}

	/** Saves the drawing on screen as the activity's artifact, if the server will take it. */
	save(title: string) {
		if (!this.result || this.saved) return;
		if (!aiDrawingSchema.safeParse(this.result.drawing).success) {
			this.problem = { kind: 'unsaveable' };
			return;
		}
		this.report({ type: 'artifact', kind: AI_DRAWING_KIND, title, data: this.result.drawing });
		this.saved = true;
	}

	dispose() {
		this.generation++;
		if (this.timer) clearInterval(this.timer);
	}
}
