import type { ModuleSkeleton } from '../skeleton';

/** "Spotted cows: how data shapes AI": ids, kinds, minutes, answers and activity presets; the texts are in content/<locale>/spotted-cows/. */
export const spottedCows: ModuleSkeleton = {
	slug: 'spotted-cows',
	bigIdeas: ['learning', 'perception', 'societal-impact'],
	lessons: {
		'3-5': [
			{
				slug: 'the-spotted-cow-mystery',
				minutes: 45,
				timing: [4, 4, 4, 15, 5, 4, 4, 5],
				steps: [
					{
						kind: 'slide',
						id: 'hook'
					},
					{
						kind: 'discuss',
						id: 'what-did-it-learn'
					},
					{
						kind: 'slide',
						id: 'learning-from-examples'
					},
					{
						kind: 'activity',
						id: 'doodle-lab',
						activity: 'doodle-lab',
						preset: {
							start: 'biased',
							metrics: 'accuracy',
							epochs: 12
						}
					},
					{
						kind: 'discuss',
						id: 'the-ai-draws'
					},
					{
						kind: 'discuss',
						id: 'why-horses'
					},
					{
						kind: 'slide',
						id: 'who-labels'
					},
					{
						kind: 'quiz',
						id: 'quick-check',
						questions: [
							{
								id: 'why-spots',
								choices: ['likes-spots', 'examples', 'drawn-wrong'],
								answer: 'examples'
							},
							{
								id: 'fix-it',
								choices: ['more-spots', 'balance', 'same-again'],
								answer: 'balance'
							},
							{
								id: 'who-decides',
								choices: ['computer', 'people', 'nobody'],
								answer: 'people'
							}
						]
					},
					{
						kind: 'reflect',
						id: 'exit-ticket'
					}
				]
			}
		],
		'6-8': [
			{
				slug: 'who-does-it-work-for',
				minutes: 50,
				timing: [3, 4, 7, 16, 5, 4, 4, 4, 3],
				steps: [
					{
						kind: 'slide',
						id: 'hook'
					},
					{
						kind: 'discuss',
						id: 'predict'
					},
					{
						kind: 'slide',
						id: 'training-and-test-data'
					},
					{
						kind: 'slide',
						id: 'subgroups-and-bias'
					},
					{
						kind: 'activity',
						id: 'doodle-lab',
						activity: 'doodle-lab',
						preset: {
							start: 'biased',
							metrics: 'accuracy',
							epochs: 12
						}
					},
					{
						kind: 'discuss',
						id: 'the-ai-draws'
					},
					{
						kind: 'discuss',
						id: 'read-the-results'
					},
					{
						kind: 'slide',
						id: 'not-just-cows'
					},
					{
						kind: 'discuss',
						id: 'who-decides'
					},
					{
						kind: 'quiz',
						id: 'check-understanding',
						questions: [
							{
								id: 'why-test-data',
								choices: ['new-drawings', 'faster', 'more-examples'],
								answer: 'new-drawings'
							},
							{
								id: 'overall-accuracy',
								choices: ['fine', 'biased', 'broken-test'],
								answer: 'biased'
							},
							{
								id: 'best-fix',
								choices: ['more-cows', 'balance', 'train-longer'],
								answer: 'balance'
							}
						]
					},
					{
						kind: 'reflect',
						id: 'exit-ticket'
					}
				]
			}
		],
		'9-12': [
			{
				slug: 'measuring-bias-documenting-data',
				minutes: 50,
				timing: [3, 3, 7, 15, 5, 4, 3, 3, 7],
				steps: [
					{
						kind: 'slide',
						id: 'hook'
					},
					{
						kind: 'discuss',
						id: 'predict-the-shortcut'
					},
					{
						kind: 'slide',
						id: 'evaluation-setup'
					},
					{
						kind: 'slide',
						id: 'precision-and-recall'
					},
					{
						kind: 'activity',
						id: 'doodle-lab',
						activity: 'doodle-lab',
						preset: {
							start: 'biased',
							metrics: 'precision-recall',
							epochs: 12
						}
					},
					{
						kind: 'discuss',
						id: 'the-ai-draws'
					},
					{
						kind: 'discuss',
						id: 'analyze-the-metrics'
					},
					{
						kind: 'slide',
						id: 'when-the-subgroup-is-people'
					},
					{
						kind: 'slide',
						id: 'datasheets'
					},
					{
						kind: 'quiz',
						id: 'metrics-check',
						questions: [
							{
								id: 'which-metric',
								choices: ['recall', 'precision', 'overall'],
								answer: 'recall'
							},
							{
								id: 'precision-drop',
								choices: ['shared-false-alarms', 'more-horses', 'spotted-count'],
								answer: 'shared-false-alarms'
							},
							{
								id: 'datasheet-use',
								choices: ['size', 'not-plain-cows', 'browser'],
								answer: 'not-plain-cows'
							}
						]
					},
					{
						kind: 'reflect',
						id: 'write-a-datasheet'
					}
				]
			}
		]
	}
};
