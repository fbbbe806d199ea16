import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129174540 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mall_crm_contact_key" drop constraint if exists "mall_crm_contact_key_kind_check";`);

    this.addSql(`alter table if exists "mall_crm_contact_key" add constraint "mall_crm_contact_key_kind_check" check("kind" in ('phone', 'email', 'tax_id', 'company', 'name_postal', 'pinyin_postal', 'record'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "mall_crm_contact_key" drop constraint if exists "mall_crm_contact_key_kind_check";`);

    this.addSql(`alter table if exists "mall_crm_contact_key" add constraint "mall_crm_contact_key_kind_check" check("kind" in ('phone', 'email', 'tax_id', 'company', 'name_postal', 'pinyin_postal'));`);
  }

}
