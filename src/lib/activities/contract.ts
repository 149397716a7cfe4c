import type { GradeBand, Locale } from '../curriculum/types';

/**
 * The activity contract: what every activity may tell the platform. The lesson player, class
 * progress, the gallery and CSV export all read these events, whatever the activity.
 */
export type ActivityEvent =
	| { type: 'started' }
	| { type: 'step-completed'; step: string }
	| { type: 'answer'; question: string; choice: string; correct: boolean }
	| { type: 'score'; correct: number; total: number }
	| { type: 'artifact'; kind: string; title: string; data: unknown };

/** What an activity receives from whoever hosts it (the lesson player or a shared link). */
export interface ActivityHost<Preset> {
	preset: Preset;
	locale: Locale;
	band?: GradeBand;
	report(event: ActivityEvent): void;
}

/** Where the events of one lesson (or one shared activity) are recorded. */
export interface ProgressEvent {
	/** Idempotency key: the same event recorded twice is stored once. */
	id: string;
	/** e.g. "what-is-ai/3-5/spot-the-ai" or "activity:ai-or-not". */
	context: string;
	/** The lesson step the event belongs to, if any. */
	step?: string;
	at: string;
	event: ActivityEvent;
}

export interface ProgressSink {
	record(event: ProgressEvent): void;
	list(context: string): ProgressEvent[];
}
