import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRestApisAndResources1795266000002 implements MigrationInterface {
  name = 'CreateRestApisAndResources1795266000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rest_apis" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "name" character varying(1024) NOT NULL, "description" text, "version" character varying(1024), "binary_media_types" jsonb NOT NULL, "api_key_source" character varying(32) NOT NULL DEFAULT 'HEADER', "minimum_compression_size" integer, "endpoint_configuration" jsonb NOT NULL, "policy" text, "disable_execute_api_endpoint" boolean NOT NULL DEFAULT false, "tags" jsonb NOT NULL, "root_resource_id" character varying(10) NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_rest_apis" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_rest_apis_account_id_region_created_date_id" ON "rest_apis" ("account_id", "region", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "resources" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "parent_id" character varying(10), "path_part" character varying(1024), "path" text NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_resources_parent_id_path_part" UNIQUE ("parent_id", "path_part"), CONSTRAINT "pk_resources" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_resources_rest_api_id_created_date_id" ON "resources" ("rest_api_id", "created_date", "id")`);
    await queryRunner.query(`ALTER TABLE "rest_apis" ADD CONSTRAINT "fk_rest_apis_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resources" ADD CONSTRAINT "fk_resources_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resources" ADD CONSTRAINT "fk_resources_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resources" ADD CONSTRAINT "fk_resources_parent_id" FOREIGN KEY ("parent_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "fk_resources_parent_id"`);
    await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "fk_resources_rest_api_id"`);
    await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "fk_resources_account_id"`);
    await queryRunner.query(`ALTER TABLE "rest_apis" DROP CONSTRAINT "fk_rest_apis_account_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_resources_rest_api_id_created_date_id"`);
    await queryRunner.query(`DROP TABLE "resources"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rest_apis_account_id_region_created_date_id"`);
    await queryRunner.query(`DROP TABLE "rest_apis"`);
  }
}
