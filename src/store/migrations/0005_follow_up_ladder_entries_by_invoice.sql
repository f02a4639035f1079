-- Ladder entries, stored until now as an array of objects
-- ({invoiceId, stepKey, onDate, outcome, reason?}), become one array per invoice:
-- [stepKey, onDate] for a step carried out, [stepKey, onDate, reason] for one passed over.
UPDATE "follow_up_ladders" l
   SET "entries" = coalesce((
         SELECT jsonb_object_agg(invoice_id, steps)
           FROM (SELECT e->>'invoiceId' AS invoice_id,
                        jsonb_agg(CASE WHEN e->>'outcome' = 'skipped'
                                       THEN jsonb_build_array(e->>'stepKey', e->>'onDate', coalesce(e->>'reason', ''))
                                       ELSE jsonb_build_array(e->>'stepKey', e->>'onDate') END
                                  ORDER BY n) AS steps
                   FROM jsonb_array_elements(l."entries") WITH ORDINALITY AS x(e, n)
                  GROUP BY e->>'invoiceId') AS per_invoice
       ), '{}'::jsonb)
 WHERE jsonb_typeof(l."entries") = 'array';
