import type { SessionUser, ValidSession } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: ValidSession | null;
			locale: 'en' | 'es';
		}
		interface Error {
			message: string;
		}
	}
}

export {};
