-- Ladder entries, stored until now per invoice ({invoiceId: [[step, day] or
-- [step, day, reason], …]}), become groups: the invoices that took one step on one day
-- with one outcome, [day, step, [invoiceId, …]] when carried out and
-- [day, step, [invoiceId, …], reason] when passed over.
UPDATE "follow_up_ladders" l
   SET "entries" = coalesce((
         SELECT json_agg(CASE WHEN g.reason IS NULL THEN json_build_array(g.on_date, g.step_key, g.invoice_ids)
                              ELSE json_build_array(g.on_date, g.step_key, g.invoice_ids, g.reason) END
                         ORDER BY g.on_date, g.first_position, g.step_key, g.reason)
           FROM (SELECT step->>1 AS on_date, step->>0 AS step_key, step->>2 AS reason, min(n) AS first_position,
                        json_agg(invoice.id ORDER BY invoice.id) AS invoice_ids
                   FROM json_each(l."entries") AS invoice(id, steps),
                        json_array_elements(invoice.steps) WITH ORDINALITY AS x(step, n)
                  GROUP BY step->>1, step->>0, step->>2) AS g
       ), '[]'::json)
 WHERE json_typeof(l."entries") = 'object';
