import { and, eq } from 'drizzle-orm';
import type { AppDatabase } from './db/client';
import { trainingMaterials, users } from './db/schema';
import { generateId } from './ids';

/** The time zone a teacher reads session times in; null until they choose one. */
export function readerTimeZone(db: AppDatabase, userId: string): string | null {
	return (
		db.select({ zone: users.timeZone }).from(users).where(eq(users.id, userId)).get()?.zone ?? null
	);
}

export function setReaderTimeZone(db: AppDatabase, userId: string, zone: string): void {
	db.update(users).set({ timeZone: zone }).where(eq(users.id, userId)).run();
}

export function addMaterialLink(db: AppDatabase, sessionId: string, title: string, url: string) {
	db.insert(trainingMaterials).values({ id: generateId(), sessionId, title, url }).run();
}

export function addMaterialFile(
	db: AppDatabase,
	sessionId: string,
	file: { title: string; fileName: string; contentType: string; content: Buffer }
) {
	db.insert(trainingMaterials)
		.values({ id: generateId(), sessionId, ...file, bytes: file.content.length })
		.run();
}

export function removeMaterial(db: AppDatabase, sessionId: string, id: string): void {
	db.delete(trainingMaterials)
		.where(and(eq(trainingMaterials.id, id), eq(trainingMaterials.sessionId, sessionId)))
		.run();
}

/** A session's material file, or null (a link has no file). */
export function materialFile(db: AppDatabase, sessionId: string, id: string) {
	const material = db
		.select()
		.from(trainingMaterials)
		.where(and(eq(trainingMaterials.id, id), eq(trainingMaterials.sessionId, sessionId)))
		.get();
	if (!material?.content || !material.fileName) return null;
	return {
		fileName: material.fileName,
		contentType: material.contentType ?? 'application/octet-stream',
		content: material.content
	};
}
