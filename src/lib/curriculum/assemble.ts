import type { ContentDoc, StepDoc } from './content-format';
import {
	skeletonSchema,
	type LessonSkeleton,
	type ModuleSkeleton,
	type StepSkeleton
} from './skeleton';
import {
	BASE_LOCALE,
	GRADE_BANDS,
	type Lesson,
	type Module,
	type Step,
	type LessonText
} from './types';

/** Parsed content files by path under the content folder: "<locale>/<module>/module.md", "<locale>/<module>/<band>/<lesson>.md". */
export type ContentFiles = Readonly<Record<string, ContentDoc>>;

export class ContentError extends Error {
	constructor(where: string, problem: string) {
		super(`${where}: ${problem}`);
		this.name = 'ContentError';
	}
}

/**
 * One text from the files of every locale: the base locale's file must have it; another locale
 * that lacks it simply has no key, so `localize` falls back to the base text and says so.
 */
class TextReader {
	constructor(
		readonly base: ContentDoc,
		readonly translations: readonly [string, ContentDoc][]
	) {}

	text(what: string, pick: (doc: ContentDoc) => string | undefined, line = 1): LessonText {
		const en = pick(this.base);
		if (en === undefined) throw new ContentError(`${this.base.file}:${line}`, `${what} is missing`);
		const text: LessonText = { en };
		for (const [locale, doc] of this.translations) {
			const value = pick(doc);
			if (value !== undefined) (text as Record<string, string>)[locale] = value;
		}
		return text;
	}

	/** A list whose translation may be shorter (the rest falls back), never longer. */
	list<T>(what: string, pick: (doc: ContentDoc) => readonly T[] | undefined, line = 1): number {
		const length = pick(this.base)?.length;
		if (!length) throw new ContentError(`${this.base.file}:${line}`, `${what} is missing`);
		for (const [, doc] of this.translations) {
			const other = pick(doc)?.length ?? 0;
			if (other > length)
				throw new ContentError(doc.file, `${what} has ${other} items, the base file ${length}`);
		}
		return length;
	}

	texts(
		what: string,
		pick: (doc: ContentDoc) => readonly string[] | undefined,
		line = 1
	): LessonText[] {
		const length = this.list(what, pick, line);
		return Array.from({ length }, (_, i) =>
			this.text(`${what} item ${i + 1}`, (doc) => pick(doc)?.[i], line)
		);
	}
}

/** The texts each kind of step has (`teacherNotes` any of them). */
const STEP_TEXTS: Record<StepSkeleton['kind'], readonly (keyof StepDoc)[]> = {
	slide: ['title', 'body', 'imageAlt'],
	video: ['title', 'transcript'],
	discuss: ['prompt'],
	activity: ['title', 'instructions'],
	quiz: ['title', 'questions'],
	reflect: ['prompt']
};

/** Every section of every file is for a step of the lesson, with texts that kind of step has. */
function checkSections(skeleton: LessonSkeleton, docs: ContentDoc[]): void {
	const steps = new Map(skeleton.steps.map((step) => [step.id, step]));
	for (const doc of docs)
		for (const [id, section] of Object.entries(doc.steps)) {
			const where = `${doc.file}:${section.line}`;
			const step = steps.get(id);
			if (!step)
				throw new ContentError(
					where,
					`there is no step "${id}" in this lesson (steps: ${[...steps.keys()].join(', ')})`
				);
			const allowed = [...STEP_TEXTS[step.kind], 'teacherNotes', 'line'];
			const extra = Object.keys(section).filter((key) => !allowed.includes(key as keyof StepDoc));
			if (extra.length > 0)
				throw new ContentError(where, `a ${step.kind} step has no ${extra.join(', ')}`);
			if (step.kind !== 'quiz') continue;
			const questions = step.questions.map((question) => question.id);
			for (const [qid, question] of Object.entries(section.questions ?? {}))
				if (!questions.includes(qid))
					throw new ContentError(
						`${doc.file}:${question.line}`,
						`step "${id}" has no question "${qid}" (questions: ${questions.join(', ')})`
					);
		}
}

function buildStep(reader: TextReader, skeleton: LessonSkeleton['steps'][number]): Step {
	const { id } = skeleton;
	const section = (doc: ContentDoc): StepDoc | undefined => doc.steps[id];
	const line = section(reader.base)?.line ?? 1;
	const field = (name: string, pick: (step: StepDoc) => string | undefined) =>
		reader.text(
			`step "${id}": ${name}`,
			(doc) => {
				const step = section(doc);
				return step && pick(step);
			},
			line
		);
	const notes = section(reader.base)?.teacherNotes
		? { teacherNotes: field('Teacher notes', (step) => step.teacherNotes) }
		: {};
	switch (skeleton.kind) {
		case 'slide':
			return {
				kind: 'slide',
				id,
				title: field('Title', (step) => step.title),
				body: reader.texts(`step "${id}": Body`, (doc) => section(doc)?.body, line),
				...(skeleton.image && {
					image: { src: skeleton.image.src, alt: field('Image', (step) => step.imageAlt) }
				}),
				...notes
			};
		case 'video':
			return {
				kind: 'video',
				id,
				title: field('Title', (step) => step.title),
				url: skeleton.url,
				transcript: field('Transcript', (step) => step.transcript),
				...notes
			};
		case 'discuss':
			return {
				kind: 'discuss',
				id,
				prompt: field('Prompt', (step) => step.prompt),
				teacherNotes: field('Teacher notes', (step) => step.teacherNotes)
			};
		case 'activity':
			return {
				kind: 'activity',
				id,
				activity: skeleton.activity,
				title: field('Title', (step) => step.title),
				instructions: field('Instructions', (step) => step.instructions),
				preset: skeleton.preset,
				...notes
			};
		case 'reflect':
			return { kind: 'reflect', id, prompt: field('Prompt', (step) => step.prompt), ...notes };
		case 'quiz':
			return {
				kind: 'quiz',
				id,
				title: field('Title', (step) => step.title),
				questions: skeleton.questions.map((question) => {
					const known = new Set(question.choices);
					for (const doc of [reader.base, ...reader.translations.map(([, doc]) => doc)]) {
						const written = section(doc)?.questions?.[question.id];
						for (const choice of Object.keys(written?.choices ?? {}))
							if (!known.has(choice))
								throw new ContentError(
									`${doc.file}:${written!.line}`,
									`question "${question.id}" has no choice "${choice}" (choices: ${question.choices.join(', ')})`
								);
					}
					const ask = (
						name: string,
						pick: (doc: NonNullable<StepDoc['questions']>[string]) => string | undefined
					) =>
						field(`question "${question.id}": ${name}`, (step) => {
							const written = step.questions?.[question.id];
							return written && pick(written);
						});
					return {
						id: question.id,
						prompt: ask('Prompt', (q) => q.prompt),
						choices: question.choices.map((choice) => ({
							id: choice,
							text: ask(`choice "${choice}"`, (q) => q.choices?.[choice])
						})),
						answer: question.answer,
						explanation: ask('Explanation', (q) => q.explanation)
					};
				}),
				...notes
			};
	}
}

function buildLesson(reader: TextReader, skeleton: LessonSkeleton): Lesson {
	checkSections(skeleton, [reader.base, ...reader.translations.map(([, doc]) => doc)]);
	const timing = reader.texts('timing', (doc) => doc.timing);
	if (timing.length !== skeleton.timing.length)
		throw new ContentError(
			reader.base.file,
			`timing has ${timing.length} rows, the skeleton ${skeleton.timing.length} minutes`
		);
	const records = <K extends string>(
		what: string,
		pick: (doc: ContentDoc) => Partial<Record<K, string>>[] | undefined,
		keys: readonly K[]
	) =>
		Array.from(
			{ length: reader.list(what, pick) },
			(_, i) =>
				Object.fromEntries(
					keys.map((key) => [
						key,
						reader.text(`${what} item ${i + 1}: ${key}`, (doc) => pick(doc)?.[i]?.[key])
					])
				) as Record<K, LessonText>
		);
	return {
		slug: skeleton.slug,
		title: reader.text('title', (doc) => doc.title),
		summary: reader.text('summary', (doc) => doc.summary),
		minutes: skeleton.minutes,
		objectives: reader.texts('objectives', (doc) => doc.objectives),
		vocabulary: records('vocabulary', (doc) => doc.vocabulary, ['term', 'definition']),
		materials: reader.texts('materials', (doc) => doc.materials),
		steps: skeleton.steps.map((step) => buildStep(reader, step)),
		guide: {
			preparation: reader.texts('preparation', (doc) => doc.preparation),
			timing: skeleton.timing.map((minutes, i) => ({ minutes, activity: timing[i]! })),
			misconceptions: records('misconceptions', (doc) => doc.misconceptions, [
				'misconception',
				'response'
			]),
			differentiation: {
				support: reader.texts('support', (doc) => doc.support),
				extension: reader.texts('extension', (doc) => doc.extension)
			},
			unplugged: reader.texts('unplugged', (doc) => doc.unplugged)
		}
	};
}

/**
 * A module from its skeleton and its files in every locale. The base locale's files must be
 * complete; a translation may lack files, sections, fields or list items.
 */
export function assembleModule(
	skeleton: ModuleSkeleton,
	files: ContentFiles,
	locales: readonly string[]
): Module {
	const checked = skeletonSchema.safeParse(skeleton);
	if (!checked.success)
		throw new ContentError(
			`skeleton "${skeleton.slug}"`,
			checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
		);
	const reader = (path: string) => {
		const base = files[`${BASE_LOCALE}/${skeleton.slug}/${path}`];
		if (!base)
			throw new ContentError(
				`content/${BASE_LOCALE}/${skeleton.slug}/${path}`,
				'the file is missing'
			);
		const translations = locales
			.filter((locale) => locale !== BASE_LOCALE)
			.flatMap((locale) => {
				const doc = files[`${locale}/${skeleton.slug}/${path}`];
				return doc ? [[locale, doc] as [string, ContentDoc]] : [];
			});
		return new TextReader(base, translations);
	};
	const moduleText = reader('module.md');
	for (const doc of [moduleText.base, ...moduleText.translations.map(([, doc]) => doc)]) {
		const [id, section] = Object.entries(doc.steps)[0] ?? [];
		if (section)
			throw new ContentError(`${doc.file}:${section.line}`, `a module file has no steps ("${id}")`);
	}
	const lessons: Module['lessons'] = {};
	for (const band of GRADE_BANDS) {
		const band_lessons = skeleton.lessons[band];
		if (band_lessons)
			lessons[band] = band_lessons.map((lesson) =>
				buildLesson(reader(`${band}/${lesson.slug}.md`), lesson)
			);
	}
	return {
		slug: skeleton.slug,
		title: moduleText.text('title', (doc) => doc.title),
		summary: moduleText.text('summary', (doc) => doc.summary),
		bigIdeas: skeleton.bigIdeas,
		objectives: moduleText.texts('objectives', (doc) => doc.objectives),
		lessons
	};
}

/** Files in the content folder that nothing reads: a misspelt lesson, module or locale. */
export function unusedFiles(
	skeletons: readonly ModuleSkeleton[],
	files: ContentFiles,
	locales: readonly string[]
): string[] {
	const used = new Set(
		skeletons.flatMap((skeleton) => [
			`${skeleton.slug}/module.md`,
			...GRADE_BANDS.flatMap((band) =>
				(skeleton.lessons[band] ?? []).map((lesson) => `${skeleton.slug}/${band}/${lesson.slug}.md`)
			)
		])
	);
	return Object.keys(files).filter((path) => {
		const slash = path.indexOf('/');
		return !locales.includes(path.slice(0, slash)) || !used.has(path.slice(slash + 1));
	});
}
