import { describe, expect, it } from 'vitest';
import { lessonContent } from '../build/lesson-content-plugin';
import { ContentFormatError, parseContentFile } from './content-format';

const file = 'src/lib/curriculum/content/fr/m/3-5/l.md';

const lesson = `---
title: Robots: friends or tools?
summary: A summary
objectives:
  - First objective: with a colon
  - Second
vocabulary:
  - term: robot
    definition: A machine
---

## Step: hook

### Title

Hello

### Body

First paragraph
wrapped on two lines.

Second paragraph.

### Teacher notes

Notes for the teacher.

## Step: check

### Question: q1

#### Prompt

Which one?

#### Choices

- a: The first
- b: The second,
  continued

#### Explanation

Because.
`;

function errorOf(source: string): ContentFormatError {
	try {
		parseContentFile(source, file);
	} catch (error) {
		if (error instanceof ContentFormatError) return error;
		throw error;
	}
	throw new Error('the file parsed');
}

describe('parseContentFile', () => {
	it('reads front matter verbatim after the colon, lists, records and step sections', () => {
		expect(parseContentFile(lesson, file)).toEqual({
			file,
			title: 'Robots: friends or tools?',
			summary: 'A summary',
			objectives: ['First objective: with a colon', 'Second'],
			vocabulary: [{ term: 'robot', definition: 'A machine' }],
			steps: {
				hook: {
					line: 12,
					title: 'Hello',
					body: ['First paragraph wrapped on two lines.', 'Second paragraph.'],
					teacherNotes: 'Notes for the teacher.'
				},
				check: {
					line: 29,
					questions: {
						q1: {
							line: 31,
							prompt: 'Which one?',
							choices: { a: 'The first', b: 'The second, continued' },
							explanation: 'Because.'
						}
					}
				}
			}
		});
	});

	it.each([
		[lesson.replace('---\n', ''), 1, 'the file must start with a "---" front matter line'],
		[lesson.replace('summary: A summary', 'sumary: A summary'), 3, 'unknown key "sumary"'],
		[lesson.replace('summary: A summary', 'title: Again'), 3, '"title" is given twice'],
		[lesson.replace('summary: A summary', 'summary:'), 3, '"summary" has no text'],
		[
			lesson.replace('    definition: A machine', '    meaning: A machine'),
			9,
			'expected "term: …" or "definition: …" in "vocabulary"'
		],
		[lesson.replace('  - Second', 'Second'), 6, 'expected "key: text" or "key:", found "Second"'],
		[lesson.replace('### Teacher notes', '### Teacher note'), 25, 'unknown field "Teacher note"'],
		[lesson.replace('## Step: check', '## Step: hook'), 29, 'step "hook" has two sections'],
		[
			lesson.replace('## Step: check', '## check'),
			29,
			'expected "## Step: <step-id>", found "## check"'
		],
		[
			lesson.replace('- a: The first', 'a: The first'),
			39,
			'expected "- <choice-id>: text", found "a: The first"'
		],
		[lesson.replace('\nBecause.\n', '\n'), 43, '"Explanation" has no text'],
		[
			lesson.replace('---\n\n## Step: hook', '---\n\nStray text\n\n## Step: hook'),
			12,
			'text outside a "### Field" section: "Stray text"'
		]
	])('names the file, the line and what is wrong (%#)', (source, line, problem) => {
		const error = errorOf(source);
		expect(error.line).toBe(line);
		expect(error.message).toContain(`${file}:${line}: ${problem}`);
	});

	it('fails the build through the Vite plugin, naming the file and the line', () => {
		const plugin = lessonContent();
		const transform = plugin.transform as (source: string, id: string) => unknown;
		expect(() => transform(lesson.replace('### Body', '### Bdy'), `/repo/${file}`)).toThrow(
			`${file}:18: unknown field "Bdy"`
		);
		expect(transform(lesson, `/repo/${file}`)).toEqual({
			code: `export default ${JSON.stringify(parseContentFile(lesson, file))};`,
			map: null
		});
		expect(transform('# not content', '/repo/README.md')).toBeNull();
	});
});
