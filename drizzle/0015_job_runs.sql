CREATE TABLE `job_runs` (
	`job` text NOT NULL,
	`slot` integer NOT NULL,
	`started_at` integer NOT NULL,
	PRIMARY KEY(`job`, `slot`)
);
