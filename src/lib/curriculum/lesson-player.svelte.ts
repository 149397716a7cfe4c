import type { ActivityEvent, ProgressSink } from '#lib/activities/contract';
import type { Localized } from './localize';
import type { Lesson, Step } from './types';
import { eventId, fingerprint, nowIso, parseLessonState, type LessonState } from './lesson-state';

type LocalizedLesson = Localized<Lesson>;
export type LocalizedStep = Localized<Step>;

interface Storage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** Reactive state of the lesson player; saves itself and reports progress through the sink. */
export class LessonPlayer {
	state: LessonState = $state() as LessonState;
	readonly steps: LocalizedStep[];

	constructor(
		lesson: LocalizedLesson,
		readonly context: string,
		private readonly sink: ProgressSink,
		private readonly storage: Storage | null,
		/** The signed-in student's id, so students sharing a tablet each resume their own place. */
		private readonly scope = ''
	) {
		this.steps = lesson.steps;
		this.state = parseLessonState(storage?.getItem(this.key) ?? null, this.steps.length);
		this.report({ type: 'started' });
	}

	private get key(): string {
		return `dayofai:lesson:v1:${this.scope ? `${this.scope}:` : ''}${this.context}`;
	}

	get step(): LocalizedStep {
		return this.steps[this.state.index]!;
	}

	get isLast(): boolean {
		return this.state.index === this.steps.length - 1;
	}

	isCompleted(stepId: string): boolean {
		return this.state.completed.includes(stepId);
	}

	private save(): void {
		try {
			this.storage?.setItem(this.key, JSON.stringify(this.state));
		} catch {
			// Storage unavailable: the lesson still works, it just won't resume.
		}
	}

	report(event: ActivityEvent, step?: string): void {
		const detail =
			event.type === 'step-completed'
				? event.step
				: event.type === 'answer'
					? event.question
					: event.type === 'artifact'
						? `${step}:${event.kind}:${fingerprint(JSON.stringify(event.data))}`
						: event.type === 'score'
							? `${step}:${event.correct}/${event.total}`
							: '';
		this.sink.record({
			id: eventId(this.context, event.type, detail),
			context: this.context,
			step,
			at: nowIso(),
			event
		});
	}

	complete(stepId: string): void {
		if (this.isCompleted(stepId)) return;
		this.state.completed.push(stepId);
		this.save();
		this.report({ type: 'step-completed', step: stepId }, stepId);
	}

	/** Steps that are only read (slides, videos, discussions) count as done when the student moves on. */
	private completeIfPassive(step: LocalizedStep): void {
		if (step.kind === 'slide' || step.kind === 'video' || step.kind === 'discuss')
			this.complete(step.id);
	}

	goTo(index: number): void {
		if (index < 0 || index >= this.steps.length || index === this.state.index) return;
		if (index > this.state.index) this.completeIfPassive(this.step);
		this.state.index = index;
		this.save();
	}

	next(): void {
		if (this.isLast) {
			this.completeIfPassive(this.step);
			this.state.finished = true;
			this.save();
			return;
		}
		this.goTo(this.state.index + 1);
	}

	previous(): void {
		this.goTo(this.state.index - 1);
	}

	answer(stepId: string, questionId: string, choiceId: string, correct: boolean): void {
		if (this.state.answers[questionId] !== undefined) return;
		this.state.answers[questionId] = choiceId;
		this.save();
		this.report({ type: 'answer', question: questionId, choice: choiceId, correct }, stepId);
		const step = this.steps.find((s) => s.id === stepId);
		if (
			step?.kind === 'quiz' &&
			step.questions.every((q) => this.state.answers[q.id] !== undefined)
		) {
			const right = step.questions.filter((q) => this.state.answers[q.id] === q.answer).length;
			this.report({ type: 'score', correct: right, total: step.questions.length }, stepId);
			this.complete(stepId);
		}
	}

	reflect(stepId: string, text: string): void {
		this.state.reflections[stepId] = text;
		this.save();
		this.report({ type: 'artifact', kind: 'reflection', title: stepId, data: { text } }, stepId);
		if (text.trim()) this.complete(stepId);
	}

	restart(): void {
		this.state.index = 0;
		this.state.finished = false;
		this.save();
	}
}
