CREATE TABLE "step_visits" (
	"student_id" text NOT NULL,
	"context" text NOT NULL,
	"step" text NOT NULL,
	"first_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "step_visits_student_id_context_step_pk" PRIMARY KEY("student_id","context","step")
);
--> statement-breakpoint
ALTER TABLE "step_visits" ADD CONSTRAINT "step_visits_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "step_visits" ("student_id", "context", "step", "first_at")
SELECT "student_id", "context", "step", min("at") FROM "progress_events"
WHERE "step" IS NOT NULL
GROUP BY "student_id", "context", "step"
ON CONFLICT DO NOTHING;
