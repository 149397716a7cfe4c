import type { ModuleSkeleton } from '../skeleton';

type Opening = 'shop' | 'design' | 'loop' | 'worksheet' | 'vote';
type Compare = 'original' | 'content' | 'collaborative' | 'tastes';

/** One step of the recommender activity; every preset names all three of its keys. */
const recommender = (id: string, open: Opening, loop = false, compare: Compare = 'original') => ({
	kind: 'activity' as const,
	id,
	activity: 'recommender' as const,
	preset: { open, compare, loop }
});

/** "Design a fair recommender": ids, kinds, minutes, answers and activity presets; the texts are in content/<locale>/fair-recommender/. */
export const fairRecommender: ModuleSkeleton = {
	slug: 'fair-recommender',
	bigIdeas: ['learning', 'societal-impact'],
	lessons: {
		'3-5': [
			{
				slug: 'who-picks-your-clothes',
				minutes: 45,
				timing: [3, 7, 4, 4, 9, 6, 5, 3, 2, 2],
				steps: [
					{ kind: 'slide', id: 'hook' },
					recommender('shop', 'shop'),
					{ kind: 'slide', id: 'what-is-a-recommender' },
					{ kind: 'slide', id: 'the-story' },
					recommender('design', 'design'),
					recommender('worksheet', 'worksheet'),
					{ kind: 'discuss', id: 'fair-for-everyone' },
					recommender('vote', 'vote'),
					{
						kind: 'quiz',
						id: 'quick-check',
						questions: [
							{
								id: 'what-is-it',
								choices: ['picks-for-you', 'takes-photos', 'counts-money'],
								answer: 'picks-for-you'
							},
							{
								id: 'original-shop',
								choices: ['missed-tastes', 'too-many-choices', 'nothing-wrong'],
								answer: 'missed-tastes'
							},
							{
								id: 'fairer',
								choices: ['everything-for-everyone', 'only-popular', 'fewer-clothes'],
								answer: 'everything-for-everyone'
							}
						]
					},
					{ kind: 'reflect', id: 'exit-ticket' }
				]
			}
		],
		'6-8': [
			{
				slug: 'redesign-the-avatar-shop',
				minutes: 50,
				timing: [3, 6, 4, 4, 11, 7, 6, 3, 3, 3],
				steps: [
					{ kind: 'slide', id: 'hook' },
					recommender('shop', 'shop'),
					{ kind: 'slide', id: 'what-is-a-recommender' },
					{ kind: 'slide', id: 'the-story' },
					recommender('design', 'design'),
					recommender('worksheet', 'worksheet'),
					{ kind: 'discuss', id: 'make-the-case' },
					recommender('vote', 'vote'),
					{
						kind: 'quiz',
						id: 'check-understanding',
						questions: [
							{
								id: 'coverage',
								choices: ['shown-to-anyone', 'players-happy', 'items-bought'],
								answer: 'shown-to-anyone'
							},
							{
								id: 'kenji',
								choices: ['misses-his-tastes', 'perfect-match', 'shows-everything'],
								answer: 'misses-his-tastes'
							},
							{
								id: 'similar-players',
								choices: ['others-likes', 'your-gender', 'your-name'],
								answer: 'others-likes'
							}
						]
					},
					{ kind: 'reflect', id: 'exit-ticket' }
				]
			}
		],
		'9-12': [
			{
				slug: 'fairness-metrics-and-feedback-loops',
				minutes: 55,
				timing: [3, 5, 4, 3, 5, 10, 6, 7, 5, 3, 2, 2],
				steps: [
					{ kind: 'slide', id: 'hook' },
					recommender('shop', 'shop', true),
					{ kind: 'slide', id: 'what-is-a-recommender' },
					{ kind: 'slide', id: 'the-story' },
					{ kind: 'slide', id: 'measuring-a-recommender' },
					recommender('design', 'design', true),
					recommender('feedback-loop', 'loop', true),
					recommender('worksheet', 'worksheet', true),
					{ kind: 'discuss', id: 'who-decides' },
					recommender('vote', 'vote', true),
					{
						kind: 'quiz',
						id: 'check-understanding',
						questions: [
							{
								id: 'relevance',
								choices: ['same-tastes', 'too-low', 'measures-sales'],
								answer: 'same-tastes'
							},
							{
								id: 'feedback-loop',
								choices: ['like-what-is-shown', 'items-removed', 'players-leave'],
								answer: 'like-what-is-shown'
							},
							{
								id: 'stereotype-rate',
								choices: ['cannot-count', 'perfectly-served', 'likes-everything'],
								answer: 'cannot-count'
							}
						]
					},
					{ kind: 'reflect', id: 'exit-ticket' }
				]
			}
		]
	}
};
