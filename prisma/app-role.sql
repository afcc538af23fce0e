-- The privileges of the database role the app runs as (README, "Production"): neither superuser
-- nor owner of the tables, so it can neither switch the immutability triggers off
-- (ALTER TABLE ... DISABLE TRIGGER, session_replication_role) nor drop or replace them.
-- Run it as the owner of the tables (the role that runs `npm run db:migrate`), after creating the
-- role, e.g. CREATE ROLE roadmap_app LOGIN PASSWORD '...' (NOSUPERUSER NOCREATEDB NOCREATEROLE
-- are the defaults):
--   psql "$OWNER_DATABASE_URL" -f prisma/app-role.sql
-- Run it again after each migration that adds a table (or rely on the default privileges below).
-- app/api/database-role.db.test.ts runs this file and the app's commands under such a role.

DO $$ BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO roadmap_app', current_database());
END $$;
GRANT USAGE ON SCHEMA public TO roadmap_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO roadmap_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO roadmap_app;

-- Append-only and permanent tables: nothing but reading and adding rows (their triggers refuse
-- the rest for every role anyway). Migrations are the owner's alone.
REVOKE UPDATE, DELETE ON audit_event, edition_seal, edition_file FROM roadmap_app;
REVOKE ALL ON _prisma_migrations FROM roadmap_app;

-- Tables and sequences that later migrations (run by this same owner) create.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO roadmap_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO roadmap_app;
