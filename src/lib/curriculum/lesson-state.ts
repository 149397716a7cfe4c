/** The state of one student's pass through one lesson: plain data, saved on the device. */
export interface LessonState {
	index: number;
	completed: string[];
	/** question id -> chosen choice id; the first answer is final. */
	answers: Record<string, string>;
	/** step id -> text */
	reflections: Record<string, string>;
	finished: boolean;
}

export function initialLessonState(): LessonState {
	return { index: 0, completed: [], answers: {}, reflections: {}, finished: false };
}

/** Reads saved state defensively: anything malformed falls back to a fresh start. */
export function parseLessonState(raw: string | null, stepCount: number): LessonState {
	const fresh = initialLessonState();
	if (!raw) return fresh;
	try {
		const value = JSON.parse(raw) as Partial<LessonState>;
		const strings = (record: unknown) =>
			Object.fromEntries(
				Object.entries(record && typeof record === 'object' ? record : {}).filter(
					([, v]) => typeof v === 'string'
				)
			) as Record<string, string>;
		const index = Number.isInteger(value.index) ? (value.index as number) : 0;
		return {
			index: Math.min(Math.max(0, index), Math.max(0, stepCount - 1)),
			completed: Array.isArray(value.completed)
				? value.completed.filter((id): id is string => typeof id === 'string')
				: [],
			answers: strings(value.answers),
			reflections: strings(value.reflections),
			finished: value.finished === true
		};
	} catch {
		return fresh;
	}
}

export function lessonContext(moduleSlug: string, band: string, lessonSlug: string): string {
	return `${moduleSlug}/${band}/${lessonSlug}`;
}

/** Deterministic event ids: recording the same thing twice (a retry, a reload) stores it once. */
export function eventId(context: string, ...parts: string[]): string {
	return [context, ...parts].join('|');
}

/** FNV-1a, hex: a short fingerprint so an edited artifact gets a new event id. */
export function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

export function nowIso(): string {
	return new Date().toISOString();
}

/** The server's record of a student's pass through a lesson (see `savedLesson`). */
export interface SavedProgress {
	completed: string[];
	answers: Record<string, string>;
	reflections: Record<string, string>;
	lastStep: string | null;
}

/**
 * This device's state joined with the server's: steps done and answers given anywhere count, and
 * a device with nothing stored resumes at the step opened last, or at the end of a finished lesson.
 */
export function mergeSaved(
	local: LessonState,
	saved: SavedProgress | null,
	steps: readonly { id: string }[],
	localIsEmpty: boolean
): LessonState {
	if (!saved) return local;
	const ids = new Set(steps.map((step) => step.id));
	const completed = [...local.completed];
	for (const id of saved.completed) if (ids.has(id) && !completed.includes(id)) completed.push(id);
	const finished = local.finished || (localIsEmpty && steps.every((s) => completed.includes(s.id)));
	const last = saved.lastStep ? steps.findIndex((step) => step.id === saved.lastStep) : -1;
	return {
		index: localIsEmpty && last >= 0 ? last : local.index,
		completed,
		answers: { ...saved.answers, ...local.answers },
		reflections: { ...saved.reflections, ...local.reflections },
		finished
	};
}
