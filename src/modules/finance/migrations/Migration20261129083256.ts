import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129083256 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mall_setting" drop constraint if exists "mall_setting_key_unique";`);
    this.addSql(`alter table if exists "mall_remittance" drop constraint if exists "mall_remittance_statement_unique";`);
    this.addSql(`alter table if exists "mall_release_gate" drop constraint if exists "mall_release_gate_order_kind_unique";`);
    this.addSql(`alter table if exists "mall_payment_confirmation" drop constraint if exists "mall_payment_confirmation_order_unique";`);
    this.addSql(`alter table if exists "mall_logistics_cost" drop constraint if exists "mall_logistics_cost_order_kind_unique";`);
    this.addSql(`alter table if exists "mall_department_member" drop constraint if exists "mall_department_member_user_department_unique";`);
    this.addSql(`alter table if exists "mall_cod_receivable" drop constraint if exists "mall_cod_receivable_order_unique";`);
    this.addSql(`create table if not exists "mall_audit_entry" ("id" text not null, "order_id" text null, "entity_type" text not null, "entity_id" text not null, "action" text not null, "actor_id" text null, "department" text null, "reason" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_audit_entry_deleted_at" ON "mall_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_audit_entry_order_id" ON "mall_audit_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_audit_entry_entity" ON "mall_audit_entry" ("entity_type", "entity_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_cod_receivable" ("id" text not null, "order_id" text not null, "display_id" integer null, "payment_id" text null, "fulfillment_id" text null, "carrier" text null, "tracking_number" text null, "currency_code" text not null, "amount_to_collect" numeric not null, "status" text check ("status" in ('open', 'due', 'settled', 'disputed', 'refused')) not null default 'open', "shipped_at" timestamptz null, "delivered_at" timestamptz null, "settled_at" timestamptz null, "closed_reason" text null, "raw_amount_to_collect" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_cod_receivable_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_receivable_deleted_at" ON "mall_cod_receivable" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_cod_receivable_order_unique" ON "mall_cod_receivable" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_receivable_tracking" ON "mall_cod_receivable" ("tracking_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_receivable_display_id" ON "mall_cod_receivable" ("display_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_receivable_carrier_status" ON "mall_cod_receivable" ("carrier", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_department_member" ("id" text not null, "user_id" text not null, "department" text check ("department" in ('finance', 'sales_ops', 'warehouse', 'customer_service', 'agent_manager')) not null, "role" text check ("role" in ('member', 'owner')) not null default 'member', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_department_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_department_member_deleted_at" ON "mall_department_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_department_member_user_department_unique" ON "mall_department_member" ("user_id", "department") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_logistics_cost" ("id" text not null, "order_id" text not null, "kind" text check ("kind" in ('return_to_origin', 'redelivery', 'other')) not null, "currency_code" text not null, "amount" numeric not null, "bearer" text check ("bearer" in ('enterprise', 'customer', 'carrier', 'branch', 'agent')) not null, "reason" text null, "recorded_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_logistics_cost_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_logistics_cost_deleted_at" ON "mall_logistics_cost" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_logistics_cost_order_kind_unique" ON "mall_logistics_cost" ("order_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_payment_confirmation" ("id" text not null, "order_id" text not null, "display_id" integer null, "payment_id" text null, "provider_id" text not null, "currency_code" text not null, "expected_amount" numeric not null, "received_amount" numeric null, "reference" text null, "status" text check ("status" in ('pending', 'confirmed', 'rejected')) not null default 'pending', "mismatch_accepted" boolean not null default false, "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "raw_expected_amount" jsonb not null, "raw_received_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_payment_confirmation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_payment_confirmation_deleted_at" ON "mall_payment_confirmation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_payment_confirmation_order_unique" ON "mall_payment_confirmation" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_payment_confirmation_status" ON "mall_payment_confirmation" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_release_gate" ("id" text not null, "order_id" text not null, "kind" text check ("kind" in ('payment', 'customer_review', 'routing')) not null, "department" text check ("department" in ('finance', 'sales_ops', 'warehouse', 'customer_service', 'agent_manager')) not null, "status" text check ("status" in ('pending', 'passed', 'failed', 'waived')) not null default 'pending', "required" boolean not null default true, "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "due_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_release_gate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_release_gate_deleted_at" ON "mall_release_gate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_release_gate_order_kind_unique" ON "mall_release_gate" ("order_id", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_release_gate_status" ON "mall_release_gate" ("status", "department") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_remittance" ("id" text not null, "carrier" text not null, "statement_reference" text not null, "bank_reference" text null, "status" text check ("status" in ('imported', 'confirmed')) not null default 'imported', "line_count" integer not null default 0, "confirmed_by" text null, "confirmed_at" timestamptz null, "imported_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_remittance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_remittance_deleted_at" ON "mall_remittance" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_remittance_statement_unique" ON "mall_remittance" ("carrier", "statement_reference") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_remittance_line" ("id" text not null, "line_number" integer not null, "tracking_number" text null, "order_display_id" integer null, "currency_code" text null, "amount" numeric null, "collected_at" timestamptz null, "receivable_id" text null, "outcome" text check ("outcome" in ('matched', 'short', 'excess', 'unknown', 'duplicate', 'invalid')) not null, "status" text check ("status" in ('open', 'settled', 'disputed')) not null default 'open', "reason" text null, "remittance_id" text not null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_remittance_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_remittance_line_remittance_id" ON "mall_remittance_line" ("remittance_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_remittance_line_deleted_at" ON "mall_remittance_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_remittance_line_receivable" ON "mall_remittance_line" ("receivable_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_setting" ("id" text not null, "key" text not null, "value" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_setting_key_unique" ON "mall_setting" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_setting_deleted_at" ON "mall_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "mall_remittance_line" add constraint "mall_remittance_line_remittance_id_foreign" foreign key ("remittance_id") references "mall_remittance" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "mall_remittance_line" drop constraint if exists "mall_remittance_line_remittance_id_foreign";`);

    this.addSql(`drop table if exists "mall_audit_entry" cascade;`);

    this.addSql(`drop table if exists "mall_cod_receivable" cascade;`);

    this.addSql(`drop table if exists "mall_department_member" cascade;`);

    this.addSql(`drop table if exists "mall_logistics_cost" cascade;`);

    this.addSql(`drop table if exists "mall_payment_confirmation" cascade;`);

    this.addSql(`drop table if exists "mall_release_gate" cascade;`);

    this.addSql(`drop table if exists "mall_remittance" cascade;`);

    this.addSql(`drop table if exists "mall_remittance_line" cascade;`);

    this.addSql(`drop table if exists "mall_setting" cascade;`);
  }

}
