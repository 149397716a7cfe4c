import { and, eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { trainingMaterials, users } from './db/schema';
import { generateId } from './ids';
import { first, run } from './db/query';

/** The time zone a teacher reads session times in; null until they choose one. */
export async function readerTimeZone(db: AppDatabase, userId: string): Promise<string | null> {
	return (
		(await first(db.select({ zone: users.timeZone }).from(users).where(eq(users.id, userId))))
			?.zone ?? null
	);
}

export async function setReaderTimeZone(
	db: AppDatabase,
	userId: string,
	zone: string
): Promise<void> {
	await run(db.update(users).set({ timeZone: zone }).where(eq(users.id, userId)));
}

export async function addMaterialLink(
	db: AppDatabase,
	sessionId: string,
	title: string,
	url: string
) {
	await run(db.insert(trainingMaterials).values({ id: generateId(), sessionId, title, url }));
}

export async function addMaterialFile(
	db: AppDatabase,
	sessionId: string,
	file: { title: string; fileName: string; contentType: string; content: Buffer }
) {
	await run(
		db
			.insert(trainingMaterials)
			.values({ id: generateId(), sessionId, ...file, bytes: file.content.length })
	);
}

export async function removeMaterial(
	db: AppDatabase,
	sessionId: string,
	id: string
): Promise<void> {
	await run(
		db
			.delete(trainingMaterials)
			.where(and(eq(trainingMaterials.id, id), eq(trainingMaterials.sessionId, sessionId)))
	);
}

/** A session's material file, or null (a link has no file). */
export async function materialFile(db: AppDatabase, sessionId: string, id: string) {
	const material = await first(
		db
			.select()
			.from(trainingMaterials)
			.where(and(eq(trainingMaterials.id, id), eq(trainingMaterials.sessionId, sessionId)))
	);
	if (!material?.content || !material.fileName) return null;
	return {
		fileName: material.fileName,
		contentType: material.contentType ?? 'application/octet-stream',
		content: material.content
	};
}
