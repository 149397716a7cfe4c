import type { DoodleItem } from '#lib/doodle/dataset';
import { apiErrorMessage } from '#lib/i18n/errors';
import type { Animal, Subgroup } from '#lib/doodle/generator';
import type { SimplifiedDrawing } from '#lib/doodle/strokes';

interface ServerDataset {
	items: {
		id: string;
		animal: Animal;
		subgroup: Subgroup | null;
		drawing: SimplifiedDrawing;
		mine: boolean;
	}[];
	toLabel: { id: string; drawing: SimplifiedDrawing }[];
	real: { labels: Record<string, Subgroup>; toLabel: { id: string; drawing: SimplifiedDrawing }[] };
}

export interface ToLabel {
	id: string;
	drawing: SimplifiedDrawing;
	/** A real Quick, Draw! cow (else a classmate's). */
	real: boolean;
}

export type SendResult = { ok: true } | { ok: false; message: string | null };

/** Votes are sent at once; the class's dataset is fetched again once the student pauses. */
const RELOAD_AFTER_VOTES_MS = 1500;

/**
 * The class's own drawings, from the server: only a student signed in to a class has them (on a
 * shared link or a teacher's preview the lab runs on the built-in drawings alone).
 */
export class ClassData {
	available = $state(false);
	// Raw state: the drawings go to the training worker, which cannot take reactive proxies.
	items = $state.raw<DoodleItem[]>([]);
	private serverToLabel = $state.raw<ToLabel[]>([]);
	/** Drawings this student has voted on since the last load (the server may not know yet). */
	private voted = $state.raw<readonly string[]>([]);
	readonly toLabel = $derived(this.serverToLabel.filter((item) => !this.voted.includes(item.id)));
	/** The class's majority labels for real cows nobody had labelled, by drawing key. */
	realLabels = $state.raw<Record<string, Subgroup>>({});
	mine = $state(0);
	/** Whether the class's drawings go into the training mix. */
	use = $state(true);
	/** What went wrong with the last vote, if anything (a null message: the connection is down). */
	voteProblem = $state<{ message: string | null } | null>(null);

	private loads = 0;
	private reloadTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly fetcher: typeof fetch = fetch) {}

	async load(): Promise<void> {
		const call = ++this.loads;
		try {
			const response = await this.fetcher('/api/doodles', {
				headers: { accept: 'application/json' }
			});
			if (!response.ok || call !== this.loads) return;
			const data = (await response.json()) as ServerDataset;
			if (call !== this.loads) return;
			this.items = data.items.map((item) => ({
				key: `class:${item.id}`,
				animal: item.animal,
				subgroup: item.subgroup,
				source: 'class',
				drawing: item.drawing
			}));
			this.mine = data.items.filter((item) => item.mine).length;
			this.serverToLabel = [
				...data.toLabel.map((item) => ({ ...item, real: false })),
				...data.real.toLabel.map((item) => ({ ...item, real: true }))
			];
			this.realLabels = data.real.labels;
			this.available = true;
		} catch {
			// Offline or not in a class: the lab works on the built-in drawings.
		}
	}

	private async post(path: string, body: unknown): Promise<SendResult> {
		try {
			const response = await this.fetcher(path, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify(body)
			});
			if (response.ok) return { ok: true };
			const data = (await response.json().catch(() => ({}))) as { code?: string };
			return { ok: false, message: apiErrorMessage(data.code) };
		} catch {
			return { ok: false, message: null };
		}
	}

	async add(
		animal: Animal,
		spots: Subgroup | 'unsure' | undefined,
		drawing: SimplifiedDrawing
	): Promise<SendResult> {
		const result = await this.post('/api/doodles', {
			animal,
			spots: animal === 'cow' ? spots : undefined,
			drawing
		});
		if (result.ok) await this.load();
		return result;
	}

	async vote(id: string, label: Subgroup | 'skip'): Promise<SendResult> {
		this.voted = [...this.voted, id];
		this.voteProblem = null;
		const result = await this.post('/api/doodles/votes', { doodle: id, label });
		if (!result.ok) {
			// Not counted: the drawing comes back, with the reason.
			this.voted = this.voted.filter((each) => each !== id);
			this.voteProblem = { message: result.message };
			return result;
		}
		clearTimeout(this.reloadTimer);
		this.reloadTimer = setTimeout(() => void this.load(), RELOAD_AFTER_VOTES_MS);
		return result;
	}
}
