import type { ModuleSkeleton } from '../skeleton';

/** "What is AI?": ids, kinds, minutes, answers and activity presets; the texts are in content/<locale>/what-is-ai/. */
export const whatIsAi: ModuleSkeleton = {
	slug: 'what-is-ai',
	bigIdeas: ['perception', 'representation-reasoning', 'learning', 'societal-impact'],
	lessons: {
		'3-5': [
			{
				slug: 'spot-the-ai',
				minutes: 40,
				timing: [3, 4, 8, 10, 6, 4, 5],
				steps: [
					{
						kind: 'slide',
						id: 'hook'
					},
					{
						kind: 'discuss',
						id: 'smart-machines'
					},
					{
						kind: 'slide',
						id: 'what-is-ai'
					},
					{
						kind: 'slide',
						id: 'rules-or-learning'
					},
					{
						kind: 'activity',
						id: 'sort-the-machines',
						activity: 'ai-or-not',
						preset: {
							items: [
								'calculator',
								'voice-assistant',
								'microwave-timer',
								'photo-face-finder',
								'alarm-clock',
								'music-recommender',
								'automatic-door',
								'translation-app'
							],
							reveal: 'each'
						}
					},
					{
						kind: 'discuss',
						id: 'tricky-ones'
					},
					{
						kind: 'slide',
						id: 'ai-jobs'
					},
					{
						kind: 'quiz',
						id: 'quick-check',
						questions: [
							{
								id: 'which-uses-ai',
								choices: ['calculator', 'face-finder', 'alarm'],
								answer: 'face-finder'
							},
							{
								id: 'automatic-door',
								choices: ['yes-knows', 'yes-moves', 'no-rule'],
								answer: 'no-rule'
							},
							{
								id: 'music-app',
								choices: ['examples', 'alive', 'random'],
								answer: 'examples'
							}
						]
					},
					{
						kind: 'slide',
						id: 'people-in-charge'
					},
					{
						kind: 'reflect',
						id: 'exit-ticket'
					}
				]
			},
			{
				slug: 'how-machines-learn',
				minutes: 45,
				timing: [3, 3, 4, 10, 4, 7, 4, 4, 6],
				steps: [
					{
						kind: 'slide',
						id: 'hook'
					},
					{
						kind: 'discuss',
						id: 'learned-from-examples'
					},
					{
						kind: 'slide',
						id: 'examples-patterns-guesses'
					},
					{
						kind: 'slide',
						id: 'be-the-computer'
					},
					{
						kind: 'slide',
						id: 'why-ai-makes-mistakes'
					},
					{
						kind: 'activity',
						id: 'sort-round-two',
						activity: 'ai-or-not',
						preset: {
							items: [
								'bird-camera',
								'traffic-light-timer',
								'handwriting-recognition',
								'vending-machine',
								'autocorrect-keyboard',
								'thermostat-schedule'
							],
							reveal: 'end'
						}
					},
					{
						kind: 'discuss',
						id: 'fair-examples'
					},
					{
						kind: 'quiz',
						id: 'learning-check',
						questions: [
							{
								id: 'how-ai-learns',
								choices: ['examples', 'rule-per-cat', 'already-knew'],
								answer: 'examples'
							},
							{
								id: 'square-glorp',
								choices: ['always-right', 'guess-wrong', 'ask-friend'],
								answer: 'guess-wrong'
							},
							{
								id: 'face-finder-children',
								choices: ['no-one', 'grown-ups', 'children'],
								answer: 'children'
							}
						]
					},
					{
						kind: 'slide',
						id: 'people-decide'
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
				slug: 'defining-ai',
				minutes: 45,
				timing: [3, 5, 9, 10, 8, 4, 6],
				steps: [
					{
						kind: 'slide',
						id: 'hook'
					},
					{
						kind: 'discuss',
						id: 'first-definition'
					},
					{
						kind: 'slide',
						id: 'working-definition'
					},
					{
						kind: 'slide',
						id: 'evidence-questions'
					},
					{
						kind: 'activity',
						id: 'sort-twelve',
						activity: 'ai-or-not',
						preset: {
							items: [
								'calculator',
								'spam-filter',
								'thermostat-schedule',
								'voice-assistant',
								'traffic-light-timer',
								'autocorrect-keyboard',
								'photo-face-finder',
								'vending-machine',
								'chess-computer',
								'handwriting-recognition',
								'automatic-door',
								'music-recommender'
							],
							reveal: 'each'
						}
					},
					{
						kind: 'discuss',
						id: 'edge-cases'
					},
					{
						kind: 'slide',
						id: 'sensing-vs-perceiving'
					},
					{
						kind: 'quiz',
						id: 'check-definition',
						questions: [
							{
								id: 'streetlight',
								choices: ['decides', 'automation', 'has-sensor'],
								answer: 'automation'
							},
							{
								id: 'machine-learning-example',
								choices: ['vending', 'traffic-light', 'spam-filter', 'calculator'],
								answer: 'spam-filter'
							},
							{
								id: 'accurate-statement',
								choices: ['robot-body', 'feels', 'smart-label', 'software-tasks'],
								answer: 'software-tasks'
							}
						]
					},
					{
						kind: 'slide',
						id: 'why-it-matters'
					},
					{
						kind: 'reflect',
						id: 'revise-definition'
					}
				]
			},
			{
				slug: 'rules-vs-learning',
				minutes: 45,
				timing: [3, 4, 7, 9, 4, 8, 4, 6],
				steps: [
					{
						kind: 'slide',
						id: 'hook'
					},
					{
						kind: 'discuss',
						id: 'rule-challenge'
					},
					{
						kind: 'slide',
						id: 'rule-based'
					},
					{
						kind: 'slide',
						id: 'machine-learning'
					},
					{
						kind: 'slide',
						id: 'human-spam-filter'
					},
					{
						kind: 'discuss',
						id: 'game-debrief'
					},
					{
						kind: 'slide',
						id: 'data-shapes-ai'
					},
					{
						kind: 'discuss',
						id: 'who-is-affected'
					},
					{
						kind: 'quiz',
						id: 'rules-learning-check',
						questions: [
							{
								id: 'main-difference',
								choices: ['no-computers', 'who-writes-rules', 'never-wrong', 'rules-learn'],
								answer: 'who-writes-rules'
							},
							{
								id: 'missing-language',
								choices: ['just-as-well', 'teaches-itself', 'more-mistakes'],
								answer: 'more-mistakes'
							},
							{
								id: 'responsible-step',
								choices: ['improve-and-limit', 'keep-using', 'brighter-light', 'neutral'],
								answer: 'improve-and-limit'
							},
							{
								id: 'best-guess-term',
								choices: ['label', 'training-data', 'prediction'],
								answer: 'prediction'
							}
						]
					},
					{
						kind: 'slide',
						id: 'wrap-up'
					},
					{
						kind: 'reflect',
						id: 'exit-reflection'
					}
				]
			}
		]
	}
};
