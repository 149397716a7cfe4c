/**
 * The database schema (drizzle-kit reads it to generate migrations). Tables are defined once in
 * `tables.ts`; these are the ones of the dialect this process runs on (`dialect.ts`), SQLite
 * unless `DATABASE_URL` names a PostgreSQL server.
 */
import { schemaBuilders } from './columns';
import { defineTables } from './tables';

export { ROLES, GRADE_BAND_VALUES, TRAINING_STATUSES, SEAT_STATUSES } from './tables';
import type { ROLES, SEAT_STATUSES } from './tables';

export const {
	jobRuns,
	users,
	sessions,
	rateLimits,
	classes,
	students,
	studentSessions,
	assignments,
	progressEvents,
	lessonProgress,
	stepCompletions,
	stepVisits,
	doodles,
	doodleLabels,
	quickdrawLabels,
	trustedDevices,
	trustedLogins,
	signupRequests,
	outbox,
	classForgers,
	recommenderLikes,
	recommenderVotes,
	events,
	eventRegistrations,
	eventCounts,
	trainingSessions,
	trainingMaterials,
	trainingSeats,
	trainingNotices
} = defineTables(schemaBuilders());

export type Role = (typeof ROLES)[number];
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Class = typeof classes.$inferSelect;
export type Student = typeof students.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type DayOfAiEvent = typeof events.$inferSelect;
export type EventRegistration = typeof eventRegistrations.$inferSelect;
export type SeatStatus = (typeof SEAT_STATUSES)[number];
export type TrainingSession = typeof trainingSessions.$inferSelect;
export type TrainingSeat = typeof trainingSeats.$inferSelect;
export type TrainingMaterial = typeof trainingMaterials.$inferSelect;
