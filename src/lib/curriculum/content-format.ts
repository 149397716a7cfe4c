/**
 * The lesson file format: what a translator edits. One Markdown file per lesson per locale, with
 * a front matter of `key: value` lines and `- item` lists (no quoting: everything after the colon
 * is the text), then one `## Step: <id>` section per step with a `### <Field>` heading per text.
 * Pure: no file system, no Vite; the Vite plugin and the i18n status script both call it.
 */

/** A front-matter list whose items are records of these keys (the others are plain lists). */
const RECORD_LISTS: Record<string, readonly string[]> = {
	vocabulary: ['term', 'definition'],
	misconceptions: ['misconception', 'response']
};
const SCALAR_KEYS = ['title', 'summary'] as const;
const LIST_KEYS = [
	'objectives',
	'materials',
	'preparation',
	'timing',
	'support',
	'extension',
	'unplugged'
] as const;

/** Step field headings, as the translator reads them, and the key each fills. */
const STEP_FIELDS = {
	Title: 'title',
	Body: 'body',
	Prompt: 'prompt',
	Instructions: 'instructions',
	Transcript: 'transcript',
	Image: 'imageAlt',
	'Teacher notes': 'teacherNotes'
} as const;
type StepField = (typeof STEP_FIELDS)[keyof typeof STEP_FIELDS];

const QUESTION_FIELDS = {
	Prompt: 'prompt',
	Choices: 'choices',
	Explanation: 'explanation'
} as const;

export interface QuestionDoc {
	prompt?: string;
	/** Choice text by choice id. */
	choices?: Record<string, string>;
	explanation?: string;
}

export interface StepDoc {
	/** The line of the step's heading, for error messages. */
	line: number;
	title?: string;
	/** Paragraphs. */
	body?: string[];
	prompt?: string;
	instructions?: string;
	transcript?: string;
	imageAlt?: string;
	teacherNotes?: string;
	questions?: Record<string, QuestionDoc & { line: number }>;
}

/** One parsed file. Every field is optional: a translation may be partial. */
export interface ContentDoc {
	file: string;
	title?: string;
	summary?: string;
	objectives?: string[];
	materials?: string[];
	preparation?: string[];
	timing?: string[];
	support?: string[];
	extension?: string[];
	unplugged?: string[];
	vocabulary?: { term?: string; definition?: string }[];
	misconceptions?: { misconception?: string; response?: string }[];
	/** Step sections by step id, in file order. */
	steps: Record<string, StepDoc>;
}

export class ContentFormatError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly problem: string
	) {
		super(`${file}:${line}: ${problem}`);
		this.name = 'ContentFormatError';
	}
}

const isScalarKey = (key: string): key is (typeof SCALAR_KEYS)[number] =>
	(SCALAR_KEYS as readonly string[]).includes(key);
const isListKey = (key: string): key is (typeof LIST_KEYS)[number] =>
	(LIST_KEYS as readonly string[]).includes(key);

/** Splits text into paragraphs at blank lines; lines inside a paragraph join with a space. */
function paragraphs(lines: string[]): string[] {
	const result: string[] = [];
	let current: string[] = [];
	for (const line of [...lines, '']) {
		if (line.trim() === '') {
			if (current.length > 0) result.push(current.join(' '));
			current = [];
		} else current.push(line.trim());
	}
	return result;
}

function parseFrontMatter(doc: ContentDoc, lines: string[], offset: number): void {
	const fail = (index: number, problem: string): never => {
		throw new ContentFormatError(doc.file, offset + index + 1, problem);
	};
	const seen = new Set<string>();
	let list: { key: string; items: unknown[] } | undefined;
	lines.forEach((raw, index) => {
		if (raw.trim() === '') return;
		const indented = /^\s/.test(raw);
		const line = raw.trim();
		if (!indented) {
			const match = /^([a-z]+):(?:\s(.*))?$/.exec(line);
			if (!match) return fail(index, `expected "key: text" or "key:", found "${line}"`);
			const [, key = '', value = ''] = match;
			if (seen.has(key)) return fail(index, `"${key}" is given twice`);
			seen.add(key);
			list = undefined;
			if (isScalarKey(key)) {
				if (value.trim() === '') return fail(index, `"${key}" has no text`);
				doc[key] = value.trim();
			} else if (isListKey(key) || key in RECORD_LISTS) {
				if (value.trim() !== '')
					return fail(index, `"${key}" is a list: put each item on its own "- " line`);
				const items: unknown[] = [];
				(doc as unknown as Record<string, unknown>)[key] = items;
				list = { key, items };
			} else {
				const known = [...SCALAR_KEYS, ...LIST_KEYS, ...Object.keys(RECORD_LISTS)];
				return fail(index, `unknown key "${key}" (known: ${known.join(', ')})`);
			}
			return;
		}
		if (!list) return fail(index, `indented line outside a list: "${line}"`);
		const recordKeys = RECORD_LISTS[list.key];
		const item = line.startsWith('- ') ? line.slice(2).trim() : undefined;
		if (!recordKeys) {
			if (item === undefined) return fail(index, `expected "- item" in "${list.key}"`);
			if (item === '') return fail(index, `empty item in "${list.key}"`);
			list.items.push(item);
			return;
		}
		const match = /^([a-z]+):\s(.+)$/.exec(item ?? line);
		if (!match || !recordKeys.includes(match[1]!))
			return fail(
				index,
				`expected "${item === undefined ? '' : '- '}${recordKeys.join(': …" or "')}: …" in "${list.key}"`
			);
		const [, key = '', value = ''] = match;
		if (item !== undefined) list.items.push({ [key]: value.trim() });
		else {
			const record = list.items.at(-1) as Record<string, string> | undefined;
			if (!record) return fail(index, `"${key}" before the first "- " item of "${list.key}"`);
			if (key in record) return fail(index, `"${key}" is given twice in one item`);
			record[key] = value.trim();
		}
	});
}

/** Parses one lesson or module file; throws a ContentFormatError naming the file and line. */
export function parseContentFile(source: string, file: string): ContentDoc {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const doc: ContentDoc = { file, steps: {} };
	if (lines[0]?.trim() !== '---')
		throw new ContentFormatError(file, 1, 'the file must start with a "---" front matter line');
	const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	if (end < 0) throw new ContentFormatError(file, 1, 'the front matter has no closing "---" line');
	parseFrontMatter(doc, lines.slice(1, end), 1);

	type Target = { put: (lines: string[]) => void; lines: string[]; line: number; name: string };
	let step: StepDoc | undefined;
	let question: (QuestionDoc & { line: number }) | undefined;
	let target: Target | undefined;
	const flush = () => {
		if (!target) return;
		if (paragraphs(target.lines).length === 0)
			throw new ContentFormatError(file, target.line, `"${target.name}" has no text`);
		target.put(target.lines);
		target = undefined;
	};
	for (let index = end + 1; index < lines.length; index++) {
		const raw = lines[index]!;
		const lineNo = index + 1;
		const fail = (problem: string): never => {
			throw new ContentFormatError(file, lineNo, problem);
		};
		const heading = /^(#{1,6})\s+(.*)$/.exec(raw.trim());
		if (!heading) {
			if (raw.trim() === '') {
				target?.lines.push('');
				continue;
			}
			if (!target) fail(`text outside a "### Field" section: "${raw.trim()}"`);
			target!.lines.push(raw);
			continue;
		}
		flush();
		const [, hashes = '', title = ''] = heading;
		if (hashes === '##') {
			const match = /^Step:\s*([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(title);
			if (!match) fail(`expected "## Step: <step-id>", found "${raw.trim()}"`);
			const id = match![1]!;
			if (id in doc.steps) fail(`step "${id}" has two sections`);
			step = { line: lineNo };
			doc.steps[id] = step;
			question = undefined;
		} else if (hashes === '###') {
			if (!step) fail(`"${raw.trim()}" before the first "## Step: <id>"`);
			const questionMatch = /^Question:\s*([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(title);
			if (questionMatch) {
				const id = questionMatch[1]!;
				step!.questions ??= {};
				if (id in step!.questions) fail(`question "${id}" has two sections`);
				question = { line: lineNo };
				step!.questions[id] = question;
				continue;
			}
			question = undefined;
			const key: StepField | undefined = STEP_FIELDS[title as keyof typeof STEP_FIELDS];
			if (!key)
				fail(
					`unknown field "${title}" (known: ${Object.keys(STEP_FIELDS).join(', ')}, Question: <id>)`
				);
			if (step![key] !== undefined) fail(`"${title}" is given twice in this step`);
			const current = step!;
			target = {
				name: title,
				line: lineNo,
				lines: [],
				put: (text) => {
					if (key === 'body') current.body = paragraphs(text);
					else current[key] = paragraphs(text).join('\n\n');
				}
			};
		} else if (hashes === '####') {
			if (!question) fail(`"${raw.trim()}" outside a "### Question: <id>" section`);
			const key = QUESTION_FIELDS[title as keyof typeof QUESTION_FIELDS];
			if (!key)
				fail(
					`unknown question field "${title}" (known: ${Object.keys(QUESTION_FIELDS).join(', ')})`
				);
			if (question![key] !== undefined) fail(`"${title}" is given twice in this question`);
			const current = question!;
			const start = lineNo;
			target = {
				name: title,
				line: lineNo,
				lines: [],
				put: (text) => {
					if (key !== 'choices') {
						current[key] = paragraphs(text).join('\n\n');
						return;
					}
					const choices: Record<string, string> = {};
					let last: string | undefined;
					text.forEach((line, offset) => {
						const at = start + 1 + offset;
						const item = /^\s*-\s+([a-z0-9]+(?:-[a-z0-9]+)*):\s+(.+)$/.exec(line);
						if (item) {
							if (item[1]! in choices)
								throw new ContentFormatError(file, at, `choice "${item[1]}" is given twice`);
							last = item[1]!;
							choices[last] = item[2]!.trim();
						} else if (line.trim() !== '') {
							if (!last || !/^\s/.test(line))
								throw new ContentFormatError(
									file,
									at,
									`expected "- <choice-id>: text", found "${line.trim()}"`
								);
							choices[last] += ` ${line.trim()}`;
						}
					});
					current.choices = choices;
				}
			};
		} else fail(`unexpected heading "${raw.trim()}": use "## Step:", "### Field" or "#### Field"`);
	}
	flush();
	return doc;
}
