-- Hand-written: what Prisma's schema language cannot express. Every transaction that changes public data adds one
-- row to data_changes, from statement triggers, so the public API's validators (ETag, Last-Modified;
-- lib/data/data-version) change with every write whoever makes it. One row per transaction however many
-- statements it runs: the first trigger to fire notes the transaction id in a transaction-local setting, which a
-- rollback (to a savepoint too) undoes with the row.

CREATE FUNCTION "log_data_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('corridor_watch.data_change_logged', true) IS DISTINCT FROM txid_current()::text THEN
    INSERT INTO "data_changes" ("changed_at") VALUES (clock_timestamp());
    PERFORM set_config('corridor_watch.data_change_logged', txid_current()::text, true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "figures_log_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "figures"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_data_change"();
CREATE TRIGGER "routes_log_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "routes"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_data_change"();
CREATE TRIGGER "route_nodes_log_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "route_nodes"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_data_change"();
CREATE TRIGGER "metrics_log_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "metrics"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_data_change"();
CREATE TRIGGER "events_log_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "events"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_data_change"();
CREATE TRIGGER "event_metrics_log_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event_metrics"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_data_change"();
CREATE TRIGGER "claim_rulings_log_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claim_rulings"
  FOR EACH STATEMENT EXECUTE FUNCTION "log_data_change"();

-- The count only ever grows: a validator that went back could match a copy cached before.
CREATE FUNCTION "refuse_data_change_edit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'data_changes is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "data_changes_append_only" BEFORE UPDATE OR DELETE ON "data_changes"
  FOR EACH ROW EXECUTE FUNCTION "refuse_data_change_edit"();
CREATE TRIGGER "data_changes_no_truncate" BEFORE TRUNCATE ON "data_changes"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_data_change_edit"();
