import { z } from 'zod';
import type { Category, CatalogueItem } from '#lib/recommender/catalogue';
import {
	designSchema,
	emptyMatrix,
	matrixSchema,
	savedDesignSchema,
	type EthicalMatrix,
	type SavedDesign
} from '#lib/recommender/design';
import { simulateFeedback, type FeedbackRound } from '#lib/recommender/feedback';
import { profileSchema, type Profile } from '#lib/recommender/players';
import {
	evaluate,
	openShop,
	SIGNALS,
	type Design,
	type DesignReport,
	type Player,
	type Signal
} from '#lib/recommender/recommend';
import type { ActivityEvent } from '../contract';
import { CATALOGUE, PERSONAS } from './content';
import { BUILT_IN } from './measure';
import type { BuiltInDesign, RecommenderOpening, RecommenderPreset } from './preset';
import { RECOMMENDER_DESIGN_KIND } from './artifact';

/**
 * Where a tablet keeps the student's profile, outfit, likes, design and worksheet, so that each
 * step of a lesson finds them: this tab only (shared tablets), one entry per student signed in.
 */
export const PROFILE_KEY = 'dayofai:recommender:v1';
export const storageKey = (scope: string) => `${PROFILE_KEY}:${scope || 'guest'}`;
/** How long after the last tap the likes go to the class (one request for a burst of taps). */
export const SHARE_DELAY_MS = 1500;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;
type Fetcher = typeof fetch;
export type ShareState = 'idle' | 'saving' | 'saved' | { problem: string };
export type Outfit = Partial<Record<Category, string>>;

/** A saved design of the class, as the vote shows it (by its name only). */
export interface ClassDesign {
	id: string;
	name: string;
	design: Design;
	votes: number;
	mine: boolean;
}

const classDesignSchema = z.object({
	id: z.string().max(64),
	name: z.string().max(60),
	design: designSchema,
	votes: z.number().int().min(0),
	mine: z.boolean()
});

export const defaultProfile = (): Profile => ({
	gender: 'prefer-not-to-say',
	age: '11-13',
	styles: [],
	colours: [],
	dislikedStyles: [],
	likes: [],
	dislikes: []
});

const copy = (design: Design): Design => ({ ...design, weights: { ...design.weights } });
const BY_ID = new Map(CATALOGUE.map((item) => [item.id, item]));
const itemIds = (value: unknown) =>
	Array.isArray(value)
		? value.filter((id): id is string => typeof id === 'string' && BY_ID.has(id))
		: [];

/**
 * The recommender activity's state: the student's avatar, likes and profile, their design beside
 * a built-in one, every measure of both for every player, the feedback loop, the worksheet and
 * the class vote. Measures are derived: a slider moving recomputes them (see bench/recommender).
 */
export class RecommenderLab {
	tab = $state<RecommenderOpening>('shop');
	profile = $state<Profile>(defaultProfile());
	/** Whether the student's own profile is one of the players the designs are measured on. */
	includeMe = $state(false);
	outfit = $state<Outfit>({});
	/** The class's likes (no names), when this is a student of a class; null when not known. */
	classmates = $state<{ likes: string[]; dislikes: string[] }[] | null>(null);
	sharing = $state<ShareState>('idle');
	design = $state<Design>(copy(BUILT_IN.original));
	compare = $state<BuiltInDesign>('original');
	player = $state<string>(PERSONAS[0]!.id);
	matrix = $state<EthicalMatrix>(emptyMatrix());
	name = $state('');
	saved = $state<string | null>(null);
	designs = $state<ClassDesign[] | null>(null);
	vote = $state<string | null>(null);
	voteProblem = $state<string | null>(null);
	rounds = $state(8);
	loop = $state<{ mine: FeedbackRound[]; other: FeedbackRound[] } | null>(null);

	private shareTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		preset: RecommenderPreset,
		private readonly report: (event: ActivityEvent) => void,
		private readonly storage: Storage | null = null,
		private readonly fetcher: Fetcher | null = null,
		private readonly scope = ''
	) {
		this.tab = preset.open;
		this.compare = preset.compare;
		this.design = copy(BUILT_IN[preset.compare]);
		this.restore();
	}

	/** Keeps the design and worksheet for the lesson's next step (called as they change). */
	keep(): void {
		this.persist();
	}

	/** The student as a player: their profile and likes (ids that are in the shop). */
	readonly me: Player = $derived({ id: 'you', ...this.profile });

	/** The players the designs are measured on: the personas, and the student if they asked. */
	readonly players: Player[] = $derived(this.includeMe ? [...PERSONAS, this.me] : [...PERSONAS]);

	/**
	 * What the designs learn from (popularity, "similar players"): everyone's likes, the class's
	 * included; classmates are taken to be the student's age.
	 */
	readonly shop = $derived(
		openShop(CATALOGUE, [
			...this.players,
			...(this.includeMe ? [] : [this.me]),
			...(this.classmates ?? []).map((likes, k) => ({
				id: `classmate-${k}`,
				gender: 'prefer-not-to-say' as const,
				age: this.profile.age,
				styles: [],
				colours: [],
				dislikedStyles: [],
				...likes
			}))
		])
	);

	readonly usesSignal: boolean = $derived(SIGNALS.some((s) => this.design.weights[s] > 0));
	readonly mine: DesignReport = $derived(evaluate(this.design, this.players, this.shop));
	readonly other: DesignReport = $derived(
		evaluate(BUILT_IN[this.compare], this.players, this.shop)
	);
	readonly playerProfile: Player = $derived(
		this.players.find((p) => p.id === this.player) ?? this.players[0]!
	);

	// The shop

	wear(item: CatalogueItem): void {
		const next: Outfit = { ...this.outfit };
		if (next[item.category] === item.id) delete next[item.category];
		else {
			next[item.category] = item.id;
			// A dress is worn instead of a top and trousers, and the other way round.
			if (item.category === 'dress') {
				delete next.top;
				delete next.bottom;
			}
			if (item.category === 'top' || item.category === 'bottom') delete next.dress;
		}
		this.outfit = next;
		this.persist();
	}

	/** Likes (or dislikes) an item, or takes the like back; shared with the class shortly after. */
	rate(id: string, opinion: 'like' | 'dislike'): void {
		if (!BY_ID.has(id)) return;
		const had = (opinion === 'like' ? this.profile.likes : this.profile.dislikes).includes(id);
		const likes = this.profile.likes.filter((x) => x !== id);
		const dislikes = this.profile.dislikes.filter((x) => x !== id);
		if (!had) (opinion === 'like' ? likes : dislikes).push(id);
		this.profile = { ...this.profile, likes, dislikes };
		this.persist();
		this.scheduleShare();
	}

	opinionOf(id: string): 'like' | 'dislike' | null {
		return this.profile.likes.includes(id)
			? 'like'
			: this.profile.dislikes.includes(id)
				? 'dislike'
				: null;
	}

	setProfile(changes: Partial<Omit<Profile, 'likes' | 'dislikes'>>): void {
		const next = profileSchema.safeParse({ ...this.profile, ...changes });
		if (next.success) this.profile = next.data;
		this.persist();
	}

	// The design

	setWeight(signal: Signal, weight: number): void {
		this.design = { ...this.design, weights: { ...this.design.weights, [signal]: weight } };
		this.persist();
	}

	setShowAll(showAll: boolean): void {
		this.design = { ...this.design, showAll };
		this.persist();
	}

	setDiversity(diversity: number): void {
		this.design = { ...this.design, diversity };
		this.persist();
	}

	startFrom(design: BuiltInDesign): void {
		this.design = copy(BUILT_IN[design]);
		this.persist();
	}

	runLoop(): void {
		const players = this.players;
		this.loop = {
			mine: simulateFeedback(this.design, players, CATALOGUE, this.rounds),
			other: simulateFeedback(BUILT_IN[this.compare], players, CATALOGUE, this.rounds)
		};
		this.report({ type: 'step-completed', step: 'feedback-loop' });
	}

	// The worksheet

	/** The design and matrix as they would be saved, or the first problem with them. */
	get toSave(): { ok: true; value: SavedDesign } | { ok: false; field: string } {
		const parsed = savedDesignSchema.safeParse({
			name: this.name,
			design: this.design,
			matrix: this.matrix
		});
		if (parsed.success) return { ok: true, value: parsed.data };
		const issue = parsed.error.issues[0];
		return { ok: false, field: String(issue?.path[0] ?? 'design') };
	}

	save(): boolean {
		const checked = this.toSave;
		if (!checked.ok) return false;
		this.report({
			type: 'artifact',
			kind: RECOMMENDER_DESIGN_KIND,
			title: checked.value.name,
			data: checked.value
		});
		this.report({ type: 'step-completed', step: 'saved-design' });
		this.saved = checked.value.name;
		return true;
	}

	// The class

	/** The class's likes, designs and votes (nothing when this is not a student of a class). */
	async loadClass(): Promise<void> {
		if (!this.fetcher) return;
		let response: Response;
		try {
			response = await this.fetcher('/api/recommender', {
				headers: { accept: 'application/json' }
			});
		} catch {
			return;
		}
		if (!response.ok) return;
		const body = (await response.json().catch(() => null)) as {
			classmates?: unknown;
			own?: { likes?: unknown; dislikes?: unknown } | null;
			designs?: unknown;
			vote?: unknown;
		} | null;
		if (!body) return;
		this.classmates = Array.isArray(body.classmates)
			? body.classmates.map((c: { likes?: unknown; dislikes?: unknown }) => ({
					likes: itemIds(c?.likes),
					dislikes: itemIds(c?.dislikes)
				}))
			: [];
		if (body.own && !this.profile.likes.length && !this.profile.dislikes.length)
			this.profile = {
				...this.profile,
				likes: itemIds(body.own.likes),
				dislikes: itemIds(body.own.dislikes)
			};
		const designs = z.array(classDesignSchema).max(200).safeParse(body.designs);
		this.designs = designs.success ? designs.data : [];
		this.vote = typeof body.vote === 'string' ? body.vote : null;
	}

	async castVote(id: string): Promise<boolean> {
		if (!this.fetcher) return false;
		this.voteProblem = null;
		try {
			const response = await this.fetcher('/api/recommender', {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ design: id })
			});
			if (!response.ok) {
				const body = (await response.json().catch(() => null)) as { code?: string } | null;
				this.voteProblem = body?.code ?? 'invalid';
				return false;
			}
		} catch {
			this.voteProblem = 'offline';
			return false;
		}
		await this.loadClass();
		return true;
	}

	private scheduleShare(): void {
		if (!this.fetcher || this.classmates === null) return;
		if (this.shareTimer) clearTimeout(this.shareTimer);
		this.shareTimer = setTimeout(() => void this.shareLikes(), SHARE_DELAY_MS);
	}

	/** Sends the likes to the class now (the timer's work; also when the student leaves the shop). */
	async shareLikes(): Promise<void> {
		if (this.shareTimer) clearTimeout(this.shareTimer);
		this.shareTimer = null;
		if (!this.fetcher || this.classmates === null) return;
		this.sharing = 'saving';
		try {
			const response = await this.fetcher('/api/recommender', {
				method: 'PUT',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ likes: this.profile.likes, dislikes: this.profile.dislikes })
			});
			if (response.ok) this.sharing = 'saved';
			else {
				const body = (await response.json().catch(() => null)) as { code?: string } | null;
				this.sharing = { problem: body?.code ?? 'invalid' };
			}
		} catch {
			this.sharing = { problem: 'offline' };
		}
	}

	dispose(): void {
		if (this.shareTimer) void this.shareLikes();
	}

	private persist(): void {
		try {
			this.storage?.setItem(
				storageKey(this.scope),
				JSON.stringify({
					profile: this.profile,
					outfit: this.outfit,
					includeMe: this.includeMe,
					design: this.design,
					matrix: this.matrix,
					name: this.name
				})
			);
		} catch {
			// A full or blocked storage keeps the profile for this page only.
		}
	}

	/** What this tab kept, checked like anything stored: a bad or old entry is ignored. */
	private restore(): void {
		let stored: unknown;
		try {
			stored = JSON.parse(this.storage?.getItem(storageKey(this.scope)) ?? 'null');
		} catch {
			return;
		}
		if (!stored || typeof stored !== 'object') return;
		const { profile, outfit, includeMe, design, matrix, name } = stored as Record<string, unknown>;
		const checkedDesign = designSchema.safeParse(design);
		if (checkedDesign.success) this.design = copy(checkedDesign.data);
		const checkedMatrix = matrixSchema.safeParse(matrix);
		if (checkedMatrix.success) this.matrix = checkedMatrix.data;
		if (typeof name === 'string' && name.length <= 60) this.name = name;
		this.includeMe = includeMe === true;
		const parsed = profileSchema.safeParse(profile);
		if (parsed.success)
			this.profile = {
				...parsed.data,
				likes: itemIds(parsed.data.likes),
				dislikes: itemIds(parsed.data.dislikes)
			};
		if (outfit && typeof outfit === 'object')
			for (const [category, id] of Object.entries(outfit))
				if (typeof id === 'string' && BY_ID.get(id)?.category === category)
					this.outfit[category as Category] = id;
	}
}
