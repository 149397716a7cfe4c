import type { ModuleSkeleton } from '../skeleton';

const game = (phase: 'before' | 'after') => ({
	kind: 'activity' as const,
	id: `game-${phase}`,
	activity: 'gan' as const,
	preset: { dataset: 'ring', open: 'game', phase }
});

/** "Deepfakes: how machines create": ids, kinds, minutes, answers and activity presets; the texts are in content/<locale>/deepfakes/. */
export const deepfakes: ModuleSkeleton = {
	slug: 'deepfakes',
	bigIdeas: ['learning', 'societal-impact'],
	lessons: {
		'3-5': [
			{
				slug: 'how-machines-make-pictures',
				minutes: 45,
				timing: [3, 5, 5, 8, 8, 7, 4, 3, 2],
				steps: [
					{ kind: 'slide', id: 'hook' },
					game('before'),
					{ kind: 'slide', id: 'forger-and-detective' },
					{
						kind: 'activity',
						id: 'slow-motion',
						activity: 'gan',
						preset: { dataset: 'ring', open: 'slow-motion', phase: 'practice' }
					},
					{
						kind: 'activity',
						id: 'faces',
						activity: 'gan',
						preset: { dataset: 'ring', open: 'pictures', phase: 'practice' }
					},
					{ kind: 'discuss', id: 'scenario-cards' },
					game('after'),
					{
						kind: 'quiz',
						id: 'quick-check',
						questions: [
							{
								id: 'who-makes',
								choices: ['forger', 'detective', 'camera'],
								answer: 'forger'
							},
							{
								id: 'how-better',
								choices: ['practice-against-detective', 'copies-photos', 'magic'],
								answer: 'practice-against-detective'
							},
							{
								id: 'what-to-do',
								choices: ['share-fast', 'ask-adult', 'believe-it'],
								answer: 'ask-adult'
							}
						]
					},
					{ kind: 'reflect', id: 'exit-ticket' }
				]
			}
		],
		'6-8': [
			{
				slug: 'gans-and-deepfakes',
				minutes: 50,
				timing: [3, 5, 5, 8, 7, 5, 7, 4, 4, 2],
				steps: [
					{ kind: 'slide', id: 'hook' },
					game('before'),
					{ kind: 'slide', id: 'two-networks' },
					{
						kind: 'activity',
						id: 'points',
						activity: 'gan',
						preset: { dataset: 'ring', open: 'play', phase: 'practice' }
					},
					{
						kind: 'activity',
						id: 'faces',
						activity: 'gan',
						preset: { dataset: 'ring', open: 'pictures', phase: 'practice' }
					},
					{ kind: 'slide', id: 'deepfakes' },
					{ kind: 'discuss', id: 'scenario-cards' },
					game('after'),
					{
						kind: 'quiz',
						id: 'check-understanding',
						questions: [
							{
								id: 'generator-learns',
								choices: ['from-detective', 'from-labels', 'from-copying'],
								answer: 'from-detective'
							},
							{
								id: 'false-alarms',
								choices: ['good-spotter', 'not-good-spotter', 'perfect'],
								answer: 'not-good-spotter'
							},
							{
								id: 'verify',
								choices: ['look-closer', 'check-source', 'count-likes'],
								answer: 'check-source'
							}
						]
					},
					{ kind: 'reflect', id: 'exit-ticket' }
				]
			}
		],
		'9-12': [
			{
				slug: 'synthetic-media-consent-verification',
				minutes: 55,
				timing: [3, 5, 6, 8, 7, 6, 8, 5, 4, 3],
				steps: [
					{ kind: 'slide', id: 'hook' },
					game('before'),
					{ kind: 'slide', id: 'adversarial-training' },
					{
						kind: 'activity',
						id: 'points',
						activity: 'gan',
						preset: { dataset: 'two-blobs', open: 'play', phase: 'practice' }
					},
					{
						kind: 'activity',
						id: 'faces',
						activity: 'gan',
						preset: { dataset: 'ring', open: 'pictures', phase: 'practice' }
					},
					{ kind: 'slide', id: 'synthetic-media' },
					{ kind: 'discuss', id: 'scenario-cards' },
					game('after'),
					{
						kind: 'quiz',
						id: 'check-understanding',
						questions: [
							{
								id: 'equilibrium',
								choices: ['detective-wins', 'half-right', 'generator-stops'],
								answer: 'half-right'
							},
							{
								id: 'detectors',
								choices: ['always-work', 'arms-race', 'never-work'],
								answer: 'arms-race'
							},
							{
								id: 'consent',
								choices: ['public-ok', 'consent-matters', 'label-enough'],
								answer: 'consent-matters'
							}
						]
					},
					{ kind: 'reflect', id: 'exit-ticket' }
				]
			}
		]
	}
};
