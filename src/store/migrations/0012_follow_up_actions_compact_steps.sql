-- An outbox action's steps, stored until now as an array of {stepKey, invoiceId}
-- objects, become runs of the same step key, [stepKey, [invoiceId, …]], in their
-- order; then the column becomes plain json.
UPDATE "follow_up_actions" a
   SET "action" = jsonb_set(a."action", '{steps}', coalesce((
         SELECT jsonb_agg(jsonb_build_array(step_key, invoice_ids) ORDER BY first_n)
           FROM (SELECT step_key, min(n) AS first_n, jsonb_agg(invoice_id ORDER BY n) AS invoice_ids
                   FROM (SELECT s->>'stepKey' AS step_key, s->'invoiceId' AS invoice_id, n,
                                -- constant along a run of the same step key
                                n - row_number() OVER (PARTITION BY s->>'stepKey' ORDER BY n) AS run
                           FROM jsonb_array_elements(a."action"->'steps') WITH ORDINALITY AS x(s, n)) AS numbered
                  GROUP BY step_key, run) AS runs
       ), '[]'::jsonb))
 WHERE jsonb_typeof(a."action"->'steps') = 'array' AND jsonb_typeof(a."action"->'steps'->0) = 'object';
--> statement-breakpoint
ALTER TABLE "follow_up_actions" ALTER COLUMN "action" SET DATA TYPE json;
