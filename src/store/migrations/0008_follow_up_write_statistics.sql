-- The daily run refreshes the planner's statistics of the tables it writes while it
-- grows them. No query filters on these columns' values (the outbox key is found
-- through its unique index, the JSON documents by their row), yet sampling them was
-- most of what each refresh cost: the documents are read and measured value by value.
ALTER TABLE "follow_up_actions" ALTER COLUMN "key" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ALTER COLUMN "action" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "follow_up_ladders" ALTER COLUMN "entries" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "follow_up_holds" ALTER COLUMN "held" SET STATISTICS 0;
