import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129103159 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mall_warehouse_profile" drop constraint if exists "mall_warehouse_profile_location_unique";`);
    this.addSql(`alter table if exists "mall_routing_setting" drop constraint if exists "mall_routing_setting_key_unique";`);
    this.addSql(`alter table if exists "mall_routing_decision" drop constraint if exists "mall_routing_decision_order_current_unique";`);
    this.addSql(`alter table if exists "mall_routing_decision" drop constraint if exists "mall_routing_decision_order_version_unique";`);
    this.addSql(`alter table if exists "mall_geo_centroid" drop constraint if exists "mall_geo_centroid_natural_key_unique";`);
    this.addSql(`create table if not exists "mall_geo_centroid" ("id" text not null, "natural_key" text not null, "country_code" text not null, "province" text null, "city" text null, "postal_prefix" text null, "aliases" text[] not null, "latitude" real not null, "longitude" real not null, "label" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_geo_centroid_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_geo_centroid_natural_key_unique" ON "mall_geo_centroid" ("natural_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_geo_centroid_deleted_at" ON "mall_geo_centroid" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_geo_centroid_country" ON "mall_geo_centroid" ("country_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_routing_allocation" ("id" text not null, "decision_id" text not null, "order_id" text not null, "line_item_id" text not null, "location_id" text not null, "quantity" integer not null, "is_current" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_routing_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_routing_allocation_deleted_at" ON "mall_routing_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_routing_allocation_location_created" ON "mall_routing_allocation" ("location_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_routing_allocation_order" ON "mall_routing_allocation" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_routing_allocation_decision" ON "mall_routing_allocation" ("decision_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_routing_decision" ("id" text not null, "order_id" text not null, "version" integer not null, "source" text check ("source" in ('placement', 'reroute', 'override')) not null, "status" text check ("status" in ('allocated', 'partial', 'unallocated')) not null, "is_current" boolean not null default true, "allocations" jsonb not null, "unallocated" jsonb not null, "trace" jsonb not null, "summary" text not null, "geocode" jsonb null, "reason" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_routing_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_routing_decision_deleted_at" ON "mall_routing_decision" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_routing_decision_order_version_unique" ON "mall_routing_decision" ("order_id", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_routing_decision_order_current_unique" ON "mall_routing_decision" ("order_id") WHERE is_current = true AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_routing_decision_current_status" ON "mall_routing_decision" ("status", "created_at") WHERE is_current = true AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_routing_setting" ("id" text not null, "key" text not null, "value" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_routing_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_routing_setting_key_unique" ON "mall_routing_setting" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_routing_setting_deleted_at" ON "mall_routing_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_warehouse_profile" ("id" text not null, "stock_location_id" text not null, "kind" text check ("kind" in ('hq', 'regional_branch', 'store', 'third_party')) not null, "countries" text[] not null, "provinces" text[] not null, "cities" text[] not null, "postal_prefixes" text[] not null, "latitude" real null, "longitude" real null, "priority" integer not null default 100, "daily_capacity" integer null, "ships_online" boolean not null default false, "accepts_returns" boolean not null default true, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_warehouse_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_warehouse_profile_location_unique" ON "mall_warehouse_profile" ("stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_warehouse_profile_deleted_at" ON "mall_warehouse_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_warehouse_profile_active" ON "mall_warehouse_profile" ("is_active") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mall_geo_centroid" cascade;`);

    this.addSql(`drop table if exists "mall_routing_allocation" cascade;`);

    this.addSql(`drop table if exists "mall_routing_decision" cascade;`);

    this.addSql(`drop table if exists "mall_routing_setting" cascade;`);

    this.addSql(`drop table if exists "mall_warehouse_profile" cascade;`);
  }

}
