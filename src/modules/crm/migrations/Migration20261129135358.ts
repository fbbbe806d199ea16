import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129135358 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mall_crm_sync_job" drop constraint if exists "mall_crm_sync_job_idempotency_key_unique";`);
    this.addSql(`alter table if exists "mall_crm_order_review" drop constraint if exists "mall_crm_order_review_order_unique";`);
    this.addSql(`alter table if exists "mall_crm_match_candidate" drop constraint if exists "mall_crm_match_candidate_pair_unique";`);
    this.addSql(`alter table if exists "mall_crm_customer_link" drop constraint if exists "mall_crm_customer_link_customer_unique";`);
    this.addSql(`alter table if exists "mall_crm_contact_key" drop constraint if exists "mall_crm_contact_key_contact_unique";`);
    this.addSql(`alter table if exists "mall_crm_contact" drop constraint if exists "mall_crm_contact_external_id_unique";`);
    this.addSql(`create table if not exists "mall_crm_contact" ("id" text not null, "kind" text check ("kind" in ('person', 'company')) not null, "first_name" text null, "last_name" text null, "full_name" text null, "display_name" text not null, "phones" jsonb not null, "emails" jsonb not null, "company_name" text null, "tax_id" text null, "addresses" jsonb not null, "source" text check ("source" in ('offline_import', 'online')) not null, "external_id" text null, "normalized" jsonb not null, "merged_into_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_crm_contact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_contact_deleted_at" ON "mall_crm_contact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_crm_contact_external_id_unique" ON "mall_crm_contact" ("external_id") WHERE external_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_contact_merged_into" ON "mall_crm_contact" ("merged_into_id") WHERE merged_into_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_crm_contact_key" ("id" text not null, "contact_id" text not null, "kind" text check ("kind" in ('phone', 'email', 'tax_id', 'company', 'name_postal', 'pinyin_postal')) not null, "value" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_crm_contact_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_contact_key_deleted_at" ON "mall_crm_contact_key" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_contact_key_lookup" ON "mall_crm_contact_key" ("kind", "value", "contact_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_crm_contact_key_contact_unique" ON "mall_crm_contact_key" ("contact_id", "kind", "value") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_crm_customer_link" ("id" text not null, "customer_id" text not null, "contact_id" text not null, "linked_by" text check ("linked_by" in ('auto', 'review', 'admin')) not null, "score" real null, "match_candidate_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_crm_customer_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_crm_customer_link_customer_unique" ON "mall_crm_customer_link" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_customer_link_deleted_at" ON "mall_crm_customer_link" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_customer_link_contact" ON "mall_crm_customer_link" ("contact_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_crm_match_candidate" ("id" text not null, "subject_type" text check ("subject_type" in ('customer', 'contact')) not null, "subject_id" text not null, "subject" jsonb not null, "subject_normalized" jsonb not null, "contact_id" text not null, "score" real not null, "evidence" jsonb not null, "status" text check ("status" in ('pending', 'accepted', 'rejected')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_crm_match_candidate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_match_candidate_deleted_at" ON "mall_crm_match_candidate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_crm_match_candidate_pair_unique" ON "mall_crm_match_candidate" ("subject_type", "subject_id", "contact_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_match_candidate_contact" ON "mall_crm_match_candidate" ("contact_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_match_candidate_status" ON "mall_crm_match_candidate" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_crm_order_review" ("id" text not null, "order_id" text not null, "customer_id" text null, "contact_id" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "automatic" boolean not null default false, "reasons" jsonb not null, "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "due_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_crm_order_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_crm_order_review_order_unique" ON "mall_crm_order_review" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_order_review_deleted_at" ON "mall_crm_order_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_order_review_status" ON "mall_crm_order_review" ("status", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_order_review_contact" ON "mall_crm_order_review" ("contact_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_crm_sync_job" ("id" text not null, "order_id" text not null, "connector" text not null, "idempotency_key" text not null, "status" text check ("status" in ('pending', 'in_progress', 'succeeded', 'failed')) not null default 'pending', "attempts" integer not null default 0, "max_attempts" integer not null default 8, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_error" text null, "succeeded_at" timestamptz null, "external_id" text null, "result_detail" text null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_crm_sync_job_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_crm_sync_job_idempotency_key_unique" ON "mall_crm_sync_job" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_sync_job_deleted_at" ON "mall_crm_sync_job" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_sync_job_due" ON "mall_crm_sync_job" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_crm_sync_job_order" ON "mall_crm_sync_job" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mall_crm_contact" cascade;`);

    this.addSql(`drop table if exists "mall_crm_contact_key" cascade;`);

    this.addSql(`drop table if exists "mall_crm_customer_link" cascade;`);

    this.addSql(`drop table if exists "mall_crm_match_candidate" cascade;`);

    this.addSql(`drop table if exists "mall_crm_order_review" cascade;`);

    this.addSql(`drop table if exists "mall_crm_sync_job" cascade;`);
  }

}
