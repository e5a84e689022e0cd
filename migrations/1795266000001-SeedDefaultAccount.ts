import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The local default account AWS tooling expects (`000000000000`, key `test` / secret `test`); it can be disabled. */
export class SeedDefaultAccount1795266000001 implements MigrationInterface {
  name = 'SeedDefaultAccount1795266000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "accounts" ("account_id", "name") VALUES ('000000000000', 'default') ON CONFLICT DO NOTHING`);
    await queryRunner.query(`INSERT INTO "access_keys" ("access_key_id", "secret_access_key", "account_id") VALUES ('test', 'test', '000000000000') ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "access_keys" WHERE "access_key_id" = 'test' AND "account_id" = '000000000000'`);
    await queryRunner.query(`DELETE FROM "accounts" WHERE "account_id" = '000000000000'`);
  }
}
