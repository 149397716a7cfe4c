import type { DoodleItem } from '$lib/doodle/dataset';
import type { Animal, Subgroup } from '$lib/doodle/generator';
import type { SimplifiedDrawing } from '$lib/doodle/strokes';

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

/**
 * The class's own drawings, from the server: only a student signed in to a class has them (on a
 * shared link or a teacher's preview the lab runs on the built-in drawings alone).
 */
export class ClassData {
	available = $state(false);
	// Raw state: the drawings go to the training worker, which cannot take reactive proxies.
	items = $state.raw<DoodleItem[]>([]);
	toLabel = $state.raw<ToLabel[]>([]);
	/** The class's majority labels for real cows nobody had labelled, by drawing key. */
	realLabels = $state.raw<Record<string, Subgroup>>({});
	mine = $state(0);
	/** Whether the class's drawings go into the training mix. */
	use = $state(true);

	constructor(private readonly fetcher: typeof fetch = fetch) {}

	async load(): Promise<void> {
		try {
			const response = await this.fetcher('/api/doodles', {
				headers: { accept: 'application/json' }
			});
			if (!response.ok) return;
			const data = (await response.json()) as ServerDataset;
			this.items = data.items.map((item) => ({
				key: `class:${item.id}`,
				animal: item.animal,
				subgroup: item.subgroup,
				source: 'class',
				drawing: item.drawing
			}));
			this.mine = data.items.filter((item) => item.mine).length;
			this.toLabel = [
				...data.toLabel.map((item) => ({ ...item, real: false })),
				...data.real.toLabel.map((item) => ({ ...item, real: true }))
			];
			this.realLabels = data.real.labels;
			this.available = true;
		} catch {
			// Offline or not in a class: the lab works on the built-in drawings.
		}
	}

	private async send(path: string, body: unknown): Promise<SendResult> {
		try {
			const response = await this.fetcher(path, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify(body)
			});
			if (!response.ok) {
				const data = (await response.json().catch(() => ({}))) as { error?: string };
				return { ok: false, message: data.error ?? `${response.status}` };
			}
			await this.load();
			return { ok: true };
		} catch {
			return { ok: false, message: null };
		}
	}

	add(animal: Animal, spots: Subgroup | 'unsure' | undefined, drawing: SimplifiedDrawing) {
		return this.send('/api/doodles', {
			animal,
			spots: animal === 'cow' ? spots : undefined,
			drawing
		});
	}

	vote(id: string, label: Subgroup | 'skip') {
		this.toLabel = this.toLabel.filter((item) => item.id !== id);
		return this.send('/api/doodles/votes', { doodle: id, label });
	}
}
