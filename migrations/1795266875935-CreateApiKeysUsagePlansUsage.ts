import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys, usage plans and their keys, per-account settings (GetAccount) and flushed per-day usage. */
export class CreateApiKeysUsagePlansUsage1795266875935 implements MigrationInterface {
  name = 'CreateApiKeysUsagePlansUsage1795266875935';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_settings" ("account_id" character varying(12) NOT NULL, "throttle_burst_limit" integer NOT NULL, "throttle_rate_limit" double precision NOT NULL, "cloudwatch_role_arn" character varying(2048), "features" jsonb NOT NULL, "last_updated_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_account_settings" PRIMARY KEY ("account_id"))`);
    await queryRunner.query(`CREATE TABLE "api_keys" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "name" character varying(1024), "description" text, "value" character varying(128) NOT NULL, "value_sha256" character varying(64) NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "customer_id" character varying(1024), "stage_keys" jsonb NOT NULL, "tags" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_updated_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_api_keys" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_api_keys_value_sha256" ON "api_keys" ("value_sha256")`);
    await queryRunner.query(`CREATE INDEX "idx_api_keys_account_id_region_created_date_id" ON "api_keys" ("account_id", "region", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "usage_days" ("usage_plan_id" character varying(10) NOT NULL, "key_id" character varying(10) NOT NULL, "day" date NOT NULL, "api_stage" character varying(160) NOT NULL, "account_id" character varying(12) NOT NULL, "count" bigint NOT NULL, "flushed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_usage_days" PRIMARY KEY ("usage_plan_id", "key_id", "day", "api_stage"))`);
    await queryRunner.query(`CREATE INDEX "idx_usage_days_account_id_day" ON "usage_days" ("account_id", "day")`);
    await queryRunner.query(`CREATE TABLE "usage_plans" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "name" character varying(1024) NOT NULL, "description" text, "throttle" jsonb, "quota" jsonb, "api_stages" jsonb NOT NULL, "product_code" character varying(1024), "tags" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_usage_plans" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_usage_plans_account_id_region_created_date_id" ON "usage_plans" ("account_id", "region", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "usage_plan_keys" ("usage_plan_id" character varying(10) NOT NULL, "key_id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_usage_plan_keys" PRIMARY KEY ("usage_plan_id", "key_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_usage_plan_keys_key_id" ON "usage_plan_keys" ("key_id")`);
    await queryRunner.query(`ALTER TABLE "account_settings" ADD CONSTRAINT "fk_account_settings_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "usage_days" ADD CONSTRAINT "fk_usage_days_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "usage_plans" ADD CONSTRAINT "fk_usage_plans_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "usage_plan_keys" ADD CONSTRAINT "fk_usage_plan_keys_usage_plan_id" FOREIGN KEY ("usage_plan_id") REFERENCES "usage_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "usage_plan_keys" ADD CONSTRAINT "fk_usage_plan_keys_key_id" FOREIGN KEY ("key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "usage_plan_keys" ADD CONSTRAINT "fk_usage_plan_keys_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping a table drops its indexes and constraints; children first.
    await queryRunner.query(`DROP TABLE "usage_plan_keys"`);
    await queryRunner.query(`DROP TABLE "usage_plans"`);
    await queryRunner.query(`DROP TABLE "usage_days"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "account_settings"`);
  }
}
