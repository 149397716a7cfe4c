CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"slot" integer NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "job_runs_job_slot_pk" PRIMARY KEY("job","slot")
);
