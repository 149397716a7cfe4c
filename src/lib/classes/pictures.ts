/** Avatars a student picks, and the pictures of picture passwords. Ids are stored; emoji are shown. */
export const AVATARS = {
	fox: '🦊',
	owl: '🦉',
	cat: '🐱',
	dog: '🐶',
	panda: '🐼',
	frog: '🐸',
	lion: '🦁',
	penguin: '🐧',
	turtle: '🐢',
	octopus: '🐙',
	unicorn: '🦄',
	bee: '🐝'
} as const;
export type AvatarId = keyof typeof AVATARS;

export const PICTURES = {
	apple: '🍎',
	rocket: '🚀',
	rainbow: '🌈',
	ball: '⚽',
	guitar: '🎸',
	cactus: '🌵',
	pizza: '🍕',
	butterfly: '🦋',
	star: '⭐',
	banana: '🍌',
	moon: '🌙',
	sunflower: '🌻',
	car: '🚗',
	cake: '🎂',
	tree: '🌳',
	drum: '🥁'
} as const;
export type PictureId = keyof typeof PICTURES;
export const PICTURE_PASSWORD_LENGTH = 3;
/** Three different pictures of 16, in order: 16 × 15 × 14 = 3,360 picture passwords. */
export const PICTURE_PASSWORD_COUNT = Array.from(
	{ length: PICTURE_PASSWORD_LENGTH },
	(_, i) => Object.keys(PICTURES).length - i
).reduce((product, n) => product * n, 1);

export function isAvatarId(value: string): value is AvatarId {
	return Object.hasOwn(AVATARS, value);
}

export function isPictureId(value: string): value is PictureId {
	return Object.hasOwn(PICTURES, value);
}

/** Three different pictures in order, e.g. "rocket-apple-star". */
export function randomPicturePassword(random: (max: number) => number): string {
	const pool = Object.keys(PICTURES) as PictureId[];
	const chosen: PictureId[] = [];
	while (chosen.length < PICTURE_PASSWORD_LENGTH) {
		const pick = pool[random(pool.length)]!;
		if (!chosen.includes(pick)) chosen.push(pick);
	}
	return chosen.join('-');
}

export function pictureEmoji(password: string): string[] {
	return password.split('-').map((id) => (isPictureId(id) ? PICTURES[id] : '?'));
}
