import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Private custom domain names get AWS's domainNameId; domain name access associations (VPC endpoint -> private domain). */
export class CreateDomainNameAccessAssociations1795268298780 implements MigrationInterface {
  name = 'CreateDomainNameAccessAssociations1795268298780';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "domain_names" ADD "domain_name_id" character varying(16)`);
    await queryRunner.query(`CREATE TABLE "domain_name_access_associations" ("domain_name_access_association_arn" character varying(1024) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "domain_name" character varying(255) NOT NULL, "domain_name_arn" character varying(1024) NOT NULL, "domain_owner_account_id" character varying(12) NOT NULL, "access_association_source_type" character varying(16) NOT NULL, "access_association_source" character varying(64) NOT NULL, "tags" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "uq_domain_name_access_associations_domain_name_access__978f70b3" UNIQUE ("domain_name", "access_association_source"), CONSTRAINT "pk_domain_name_access_associations" PRIMARY KEY ("domain_name_access_association_arn"))`);
    await queryRunner.query(`CREATE INDEX "idx_domain_name_access_associations_domain_owner_accou_64e38fee" ON "domain_name_access_associations" ("domain_owner_account_id", "region")`);
    await queryRunner.query(`CREATE INDEX "idx_domain_name_access_associations_account_id_region" ON "domain_name_access_associations" ("account_id", "region")`);
    await queryRunner.query(`ALTER TABLE "domain_name_access_associations" ADD CONSTRAINT "fk_domain_name_access_associations_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "domain_name_access_associations" ADD CONSTRAINT "fk_domain_name_access_associations_domain_name" FOREIGN KEY ("domain_name") REFERENCES "domain_names"("domain_name") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "domain_name_access_associations" ADD CONSTRAINT "fk_domain_name_access_associations_domain_owner_account_id" FOREIGN KEY ("domain_owner_account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "domain_name_access_associations"`);
    await queryRunner.query(`ALTER TABLE "domain_names" DROP COLUMN "domain_name_id"`);
  }
}
