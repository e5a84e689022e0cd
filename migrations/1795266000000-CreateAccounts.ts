import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1795266000000 implements MigrationInterface {
  name = 'CreateAccounts1795266000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "accounts" ("account_id" character varying(12) NOT NULL, "name" character varying(256), "enabled" boolean NOT NULL DEFAULT true, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_accounts" PRIMARY KEY ("account_id"))`);
    await queryRunner.query(`CREATE TABLE "access_keys" ("access_key_id" character varying(128) NOT NULL, "secret_access_key" character varying(128) NOT NULL, "account_id" character varying(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_access_keys" PRIMARY KEY ("access_key_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_access_keys_account_id" ON "access_keys" ("account_id")`);
    await queryRunner.query(`ALTER TABLE "access_keys" ADD CONSTRAINT "fk_access_keys_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "access_keys" DROP CONSTRAINT "fk_access_keys_account_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_access_keys_account_id"`);
    await queryRunner.query(`DROP TABLE "access_keys"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
  }
}
