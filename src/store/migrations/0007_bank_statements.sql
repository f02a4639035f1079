CREATE TABLE "bank_statement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"line_index" integer NOT NULL,
	"booking_date" date NOT NULL,
	"value_date" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"direction" text NOT NULL,
	"counterparty_name" text,
	"counterparty_account" text,
	"title" text NOT NULL,
	"creditor_reference" text,
	"end_to_end_id" text,
	"bank_reference" text,
	"raw_text" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" text NOT NULL,
	"payment_id" uuid,
	"proposals" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statement_lines_amount_not_negative" CHECK ("bank_statement_lines"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "bank_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"import_run_id" uuid,
	"account_iban" text,
	"account_number" text NOT NULL,
	"currency" text NOT NULL,
	"statement_id" text NOT NULL,
	"sequence" text,
	"format" text NOT NULL,
	"opening_date" date,
	"opening_balance_minor" bigint,
	"closing_date" date,
	"closing_balance_minor" bigint,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_statement_id_bank_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."bank_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_import_run_id_import_runs_id_fk" FOREIGN KEY ("import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statement_lines_org_fingerprint" ON "bank_statement_lines" USING btree ("org_id","fingerprint");--> statement-breakpoint
CREATE INDEX "bank_statement_lines_org_status" ON "bank_statement_lines" USING btree ("org_id","status","booking_date");--> statement-breakpoint
CREATE INDEX "bank_statement_lines_org_statement" ON "bank_statement_lines" USING btree ("org_id","statement_id","line_index");--> statement-breakpoint
CREATE INDEX "bank_statements_org_account" ON "bank_statements" USING btree ("org_id","account_number","statement_id");