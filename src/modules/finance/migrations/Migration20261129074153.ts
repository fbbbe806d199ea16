import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129074153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mall_cod_setting" drop constraint if exists "mall_cod_setting_scope_unique";`);
    this.addSql(`alter table if exists "mall_cod_refusal" drop constraint if exists "mall_cod_refusal_order_id_unique";`);
    this.addSql(`create table if not exists "mall_cod_refusal" ("id" text not null, "order_id" text not null, "customer_id" text null, "email" text null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_cod_refusal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_refusal_deleted_at" ON "mall_cod_refusal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_cod_refusal_order_id_unique" ON "mall_cod_refusal" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_refusal_customer_id" ON "mall_cod_refusal" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_refusal_email" ON "mall_cod_refusal" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_cod_setting" ("id" text not null, "scope" text not null, "enabled" boolean not null default true, "max_order_total" jsonb not null, "allowed_countries" text[] not null, "allowed_provinces" text[] not null, "allowed_postal_prefixes" text[] not null, "excluded_product_tags" text[] not null, "excluded_product_ids" text[] not null, "max_refused_deliveries" integer null, "fee" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_cod_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_cod_setting_scope_unique" ON "mall_cod_setting" ("scope") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_cod_setting_deleted_at" ON "mall_cod_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mall_cod_refusal" cascade;`);

    this.addSql(`drop table if exists "mall_cod_setting" cascade;`);
  }

}
