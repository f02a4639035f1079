CREATE TABLE "follow_up_ladders" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"procedure_key" text NOT NULL,
	"entries" jsonb NOT NULL,
	"updated_on" date NOT NULL,
	CONSTRAINT "follow_up_ladders_org_id_customer_id_procedure_key_pk" PRIMARY KEY("org_id","customer_id","procedure_key")
);
--> statement-breakpoint
ALTER TABLE "follow_up_ladders" ADD CONSTRAINT "follow_up_ladders_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_ladders" ADD CONSTRAINT "follow_up_ladders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The ladder positions recorded so far, a row per step, become a row per customer and procedure.
INSERT INTO "follow_up_ladders" ("org_id", "customer_id", "procedure_key", "entries", "updated_on")
SELECT s."org_id", i."customer_id", s."procedure_key",
       jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
         'invoiceId', s."invoice_id", 'stepKey', s."step_key", 'onDate', s."on_date", 'outcome', s."outcome", 'reason', s."reason"
       )) ORDER BY s."on_date", s."invoice_id", s."step_key"),
       max(s."on_date")
  FROM "follow_up_steps" s
  JOIN "invoices" i ON i."id" = s."invoice_id" AND i."org_id" = s."org_id"
 GROUP BY s."org_id", i."customer_id", s."procedure_key";--> statement-breakpoint
DROP TABLE "follow_up_steps" CASCADE;
