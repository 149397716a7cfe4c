/**
 * One-off: writes the TypeScript modules' prose as Markdown files (one per lesson per locale)
 * and their skeletons as TypeScript. Deleted once the move was proven mechanical.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spottedCows } from '../src/lib/curriculum/modules/spotted-cows';
import { whatIsAi } from '../src/lib/curriculum/modules/what-is-ai';
import type { Lesson, Module, Step, Text } from '../src/lib/curriculum/types';

const root = 'src/lib/curriculum';
const locales = ['en', 'es'] as const;
type L = (typeof locales)[number];

function line(text: string): string {
	if (/\n/.test(text) || text !== text.trim() || text === '')
		throw new Error(`bad text: ${JSON.stringify(text)}`);
	return text;
}
function para(text: string): string {
	if (/^#/.test(line(text))) throw new Error(`heading-like text: ${text}`);
	return text;
}
const list = (key: string, items: Text[], l: L) =>
	[`${key}:`, ...items.map((item) => `  - ${line(item[l])}`)].join('\n');

function write(path: string, content: string) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
}

function stepSection(step: Step, l: L): string {
	const out = [`## Step: ${step.id}`, ''];
	const field = (name: string, text: Text | undefined) => {
		if (text) out.push(`### ${name}`, '', para(text[l]), '');
	};
	if ('title' in step) field('Title', step.title);
	if (step.kind === 'slide') {
		out.push('### Body', '');
		for (const p of step.body) out.push(para(p[l]), '');
		if (step.image) field('Image', step.image.alt);
	}
	if (step.kind === 'video') field('Transcript', step.transcript);
	if (step.kind === 'discuss' || step.kind === 'reflect') field('Prompt', step.prompt);
	if (step.kind === 'activity') field('Instructions', step.instructions);
	if (step.kind === 'quiz') {
		for (const q of step.questions) {
			out.push(
				`### Question: ${q.id}`,
				'',
				'#### Prompt',
				'',
				para(q.prompt[l]),
				'',
				'#### Choices',
				''
			);
			for (const c of q.choices) out.push(`- ${c.id}: ${line(c.text[l])}`);
			out.push('', '#### Explanation', '', para(q.explanation[l]), '');
		}
	}
	field('Teacher notes', step.teacherNotes);
	return out.join('\n');
}

function lessonFile(lesson: Lesson, l: L): string {
	const g = lesson.guide;
	const front = [
		'---',
		`title: ${line(lesson.title[l])}`,
		`summary: ${line(lesson.summary[l])}`,
		list('objectives', lesson.objectives, l),
		'vocabulary:',
		...lesson.vocabulary.flatMap((v) => [
			`  - term: ${line(v.term[l])}`,
			`    definition: ${line(v.definition[l])}`
		]),
		list('materials', lesson.materials, l),
		list('preparation', g.preparation, l),
		list(
			'timing',
			g.timing.map((row) => row.activity),
			l
		),
		'misconceptions:',
		...g.misconceptions.flatMap((m) => [
			`  - misconception: ${line(m.misconception[l])}`,
			`    response: ${line(m.response[l])}`
		]),
		list('support', g.differentiation.support, l),
		list('extension', g.differentiation.extension, l),
		list('unplugged', g.unplugged, l),
		'---',
		''
	];
	return [...front, ...lesson.steps.map((s) => stepSection(s, l))].join('\n').replace(/\n+$/, '\n');
}

function skeletonStep(step: Step): unknown {
	switch (step.kind) {
		case 'slide':
			return step.image
				? { kind: step.kind, id: step.id, image: { src: step.image.src } }
				: { kind: step.kind, id: step.id };
		case 'video':
			return { kind: step.kind, id: step.id, url: step.url };
		case 'activity':
			return { kind: step.kind, id: step.id, activity: step.activity, preset: step.preset };
		case 'quiz':
			return {
				kind: step.kind,
				id: step.id,
				questions: step.questions.map((q) => ({
					id: q.id,
					choices: q.choices.map((c) => c.id),
					answer: q.answer
				}))
			};
		default:
			return { kind: step.kind, id: step.id };
	}
}

function camel(slug: string) {
	return slug.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

for (const module of [whatIsAi, spottedCows] as Module[]) {
	for (const l of locales) {
		write(
			join(root, 'content', l, module.slug, 'module.md'),
			[
				'---',
				`title: ${line(module.title[l])}`,
				`summary: ${line(module.summary[l])}`,
				list('objectives', module.objectives, l),
				'---',
				''
			].join('\n')
		);
		for (const [band, lessons] of Object.entries(module.lessons))
			for (const lesson of lessons ?? [])
				write(
					join(root, 'content', l, module.slug, band, `${lesson.slug}.md`),
					lessonFile(lesson, l)
				);
	}
	const skeleton = {
		slug: module.slug,
		bigIdeas: module.bigIdeas,
		lessons: Object.fromEntries(
			Object.entries(module.lessons).map(([band, lessons]) => [
				band,
				(lessons ?? []).map((lesson) => ({
					slug: lesson.slug,
					minutes: lesson.minutes,
					timing: lesson.guide.timing.map((row) => row.minutes),
					steps: lesson.steps.map(skeletonStep)
				}))
			])
		)
	};
	write(
		join(root, 'skeletons', `${module.slug}.ts`),
		`import type { ModuleSkeleton } from '../skeleton';\n\n/** "${module.title.en}": ids, kinds, minutes, answers and activity presets; the texts are in content/<locale>/${module.slug}/. */\nexport const ${camel(module.slug)}: ModuleSkeleton = ${JSON.stringify(skeleton, null, '\t')};\n`
	);
}
