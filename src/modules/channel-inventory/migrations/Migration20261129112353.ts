import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129112353 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mall_channel_setting" drop constraint if exists "mall_channel_setting_key_unique";`);
    this.addSql(`alter table if exists "mall_channel_movement" drop constraint if exists "mall_channel_movement_external_id_unique";`);
    this.addSql(`alter table if exists "mall_channel_allocation" drop constraint if exists "mall_channel_allocation_position_unique";`);
    this.addSql(`create table if not exists "mall_channel_allocation" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "mode" text check ("mode" in ('shared', 'split')) not null, "online_safety_stock" integer not null default 0, "offline_safety_stock" integer not null default 0, "last_unit_policy" text check ("last_unit_policy" in ('online_first', 'offline_first', 'fcfs', 'no_borrowing')) not null, "offline_pool" integer not null default 0, "hold_reservation_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_channel_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_channel_allocation_deleted_at" ON "mall_channel_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_channel_allocation_position_unique" ON "mall_channel_allocation" ("inventory_item_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_channel_allocation_location" ON "mall_channel_allocation" ("location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_channel_movement" ("id" text not null, "external_id" text null, "inventory_item_id" text not null, "location_id" text not null, "sku" text null, "type" text check ("type" in ('online_sale', 'offline_sale', 'offline_return', 'receipt', 'transfer', 'adjustment')) not null, "channel" text check ("channel" in ('online', 'offline')) not null, "quantity" integer not null, "stocked_delta" integer not null default 0, "offline_pool_delta" integer not null default 0, "borrowed" integer not null default 0, "source" text not null, "reference" text null, "reason" text null, "occurred_at" timestamptz not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_channel_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_channel_movement_external_id_unique" ON "mall_channel_movement" ("external_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_channel_movement_deleted_at" ON "mall_channel_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_channel_movement_position" ON "mall_channel_movement" ("inventory_item_id", "location_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_channel_movement_location" ON "mall_channel_movement" ("location_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mall_channel_setting" ("id" text not null, "key" text not null, "value" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mall_channel_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mall_channel_setting_key_unique" ON "mall_channel_setting" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mall_channel_setting_deleted_at" ON "mall_channel_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mall_channel_allocation" cascade;`);

    this.addSql(`drop table if exists "mall_channel_movement" cascade;`);

    this.addSql(`drop table if exists "mall_channel_setting" cascade;`);
  }

}
