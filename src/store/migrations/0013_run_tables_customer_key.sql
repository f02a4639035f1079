-- The daily run's ladders and holds refer to their customer by (org_id, customer_id),
-- one foreign key in place of an organization key and a customer key: each row written
-- was checked twice. The customers' (org_id, id) index becomes unique first, so that it
-- can be referred to.
ALTER TABLE "follow_up_holds" DROP CONSTRAINT "follow_up_holds_org_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "follow_up_holds" DROP CONSTRAINT "follow_up_holds_customer_id_customers_id_fk";
--> statement-breakpoint
ALTER TABLE "follow_up_ladders" DROP CONSTRAINT "follow_up_ladders_org_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "follow_up_ladders" DROP CONSTRAINT "follow_up_ladders_customer_id_customers_id_fk";
--> statement-breakpoint
DROP INDEX "customers_org_id";
--> statement-breakpoint
CREATE UNIQUE INDEX "customers_org_id" ON "customers" USING btree ("org_id","id");
--> statement-breakpoint
ALTER TABLE "follow_up_holds" ADD CONSTRAINT "follow_up_holds_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "follow_up_ladders" ADD CONSTRAINT "follow_up_ladders_customer_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;
