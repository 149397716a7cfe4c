import type { ContentDoc, StepDoc } from './content-format';
import type { ContentFiles } from './assemble';

/** What one locale lacks, as lines a translator can act on. */
export interface LocaleStatus {
	locale: string;
	/** Message keys in the base catalogue that this locale's catalogue lacks. */
	messages: string[];
	/** Keys translated as an empty text: Paraglide shows nothing for them, not the English. */
	empty?: string[];
	/** "<file>: <what>" for each lesson or module text the locale lacks. */
	lessons: string[];
}

/** Keys of the base message catalogue missing in another. "$schema" is not a message. */
export function missingMessages(
	base: Record<string, unknown>,
	other: Record<string, unknown>
): string[] {
	return Object.keys(base).filter((key) => !key.startsWith('$') && !(key in other));
}

/** Keys another catalogue gives an empty text: a page would show nothing there. */
export function emptyMessages(other: Record<string, unknown>): string[] {
	return Object.keys(other).filter((key) => !key.startsWith('$') && other[key] === '');
}

const LIST_FIELDS = [
	'objectives',
	'materials',
	'preparation',
	'timing',
	'support',
	'extension',
	'unplugged'
] as const;
const STEP_TEXTS = [
	['title', 'Title'],
	['prompt', 'Prompt'],
	['instructions', 'Instructions'],
	['transcript', 'Transcript'],
	['imageAlt', 'Image'],
	['teacherNotes', 'Teacher notes']
] as const;

/** "item 3" or "items 3-5": the items of a list past the end of its translation. */
const items = (word: string, from: number, to: number) =>
	from === to ? `${word} ${from}` : `${word}s ${from}-${to}`;

function missingInStep(id: string, base: StepDoc, other: StepDoc | undefined): string[] {
	if (!other) return [`step "${id}"`];
	const missing: string[] = [];
	for (const [key, heading] of STEP_TEXTS)
		if (base[key] !== undefined && other[key] === undefined)
			missing.push(`step "${id}": ${heading}`);
	const paragraphs = base.body?.length ?? 0;
	const translated = other.body?.length ?? 0;
	if (translated < paragraphs)
		missing.push(`step "${id}": Body ${items('paragraph', translated + 1, paragraphs)}`);
	for (const [qid, question] of Object.entries(base.questions ?? {})) {
		const theirs = other.questions?.[qid];
		if (!theirs) {
			missing.push(`step "${id}": question "${qid}"`);
			continue;
		}
		if (question.prompt !== undefined && theirs.prompt === undefined)
			missing.push(`step "${id}": question "${qid}": Prompt`);
		for (const choice of Object.keys(question.choices ?? {}))
			if (theirs.choices?.[choice] === undefined)
				missing.push(`step "${id}": question "${qid}": choice "${choice}"`);
		if (question.explanation !== undefined && theirs.explanation === undefined)
			missing.push(`step "${id}": question "${qid}": Explanation`);
	}
	return missing;
}

/** The texts of a base-locale file that its translation lacks. */
export function missingInFile(base: ContentDoc, other: ContentDoc | undefined): string[] {
	if (!other) return ['the whole file'];
	const missing: string[] = [];
	for (const key of ['title', 'summary'] as const)
		if (base[key] !== undefined && other[key] === undefined) missing.push(key);
	for (const key of LIST_FIELDS) {
		const length = base[key]?.length ?? 0;
		const translated = other[key]?.length ?? 0;
		if (translated < length)
			missing.push(translated === 0 ? key : `${key} ${items('item', translated + 1, length)}`);
	}
	for (const [key, fields] of [
		['vocabulary', ['term', 'definition']],
		['misconceptions', ['misconception', 'response']]
	] as const) {
		const theirs: Partial<Record<string, string>>[] = other[key] ?? [];
		(base[key] ?? []).forEach((_, i) => {
			for (const field of fields)
				if (theirs[i]?.[field] === undefined) missing.push(`${key} item ${i + 1}: ${field}`);
		});
	}
	for (const [id, step] of Object.entries(base.steps))
		missing.push(...missingInStep(id, step, other.steps[id]));
	return missing;
}

/** For one locale: every base-locale content file's texts that the locale lacks. */
export function missingLessonTexts(
	files: ContentFiles,
	baseLocale: string,
	locale: string
): string[] {
	const prefix = `${baseLocale}/`;
	return Object.keys(files)
		.filter((path) => path.startsWith(prefix))
		.sort()
		.flatMap((path) => {
			const relative = path.slice(prefix.length);
			return missingInFile(files[path]!, files[`${locale}/${relative}`]).map(
				(what) => `${locale}/${relative}: ${what}`
			);
		});
}

/** The report `npm run i18n:status` prints. */
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function formatTranslationStatus(statuses: readonly LocaleStatus[]): string {
	return statuses
		.map(({ locale, messages, lessons, empty = [] }) => {
			if (messages.length === 0 && lessons.length === 0 && empty.length === 0) {
				return `${locale}: complete`;
			}
			const lines = [
				`${locale}: ${count(messages.length, 'message')} and ${count(lessons.length, 'lesson text')} missing (shown in English)`
			];
			if (empty.length > 0) {
				lines.push(
					'  empty messages (a page shows nothing: translate them, or delete them to show English):',
					...empty.map((key) => `    ${key}`)
				);
			}
			if (messages.length > 0) lines.push('  messages:', ...messages.map((key) => `    ${key}`));
			if (lessons.length > 0) lines.push('  lessons:', ...lessons.map((what) => `    ${what}`));
			return lines.join('\n');
		})
		.join('\n');
}
