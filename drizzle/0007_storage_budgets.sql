ALTER TABLE `progress_events` ADD `artifact_kind` text;--> statement-breakpoint
ALTER TABLE `progress_events` ADD `artifact_empty` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `progress_events` ADD `bytes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `stored_bytes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `progress_events` SET `bytes` = length(cast(`payload` as blob));--> statement-breakpoint
UPDATE `progress_events` SET `artifact_kind` = json_extract(`payload`, '$.kind') WHERE `type` = 'artifact';--> statement-breakpoint
UPDATE `progress_events` SET `artifact_empty` = 1 WHERE `artifact_kind` = 'reflection' AND trim(coalesce(json_extract(`payload`, '$.data.text'), '')) = '';--> statement-breakpoint
UPDATE `students` SET `stored_bytes` = coalesce((SELECT sum(`bytes`) FROM `progress_events` WHERE `progress_events`.`student_id` = `students`.`id`), 0);
