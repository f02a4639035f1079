-- The customer timeline is evidence: once written, an activity is never changed
-- or removed (only whole organizations may be deleted, which cascades).
CREATE FUNCTION duly_refuse_activity_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM organizations WHERE id = OLD.org_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'activities are append-only' USING ERRCODE = 'check_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activities_append_only BEFORE UPDATE OR DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION duly_refuse_activity_change();
