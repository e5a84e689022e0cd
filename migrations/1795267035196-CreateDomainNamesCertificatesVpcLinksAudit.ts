import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Custom domain names + base path mappings, client certificates, VPC links and the audit trail. */
export class CreateDomainNamesCertificatesVpcLinksAudit1795267035196 implements MigrationInterface {
  name = 'CreateDomainNamesCertificatesVpcLinksAudit1795267035196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "domain_names" ("domain_name" character varying(255) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "certificate_name" character varying(1024), "certificate_arn" character varying(2048), "certificate_upload_date" TIMESTAMP(3) WITH TIME ZONE, "regional_certificate_name" character varying(1024), "regional_certificate_arn" character varying(2048), "certificate_body" text, "certificate_private_key" text, "certificate_chain" text, "distribution_domain_name" character varying(255), "regional_domain_name" character varying(255), "endpoint_configuration" jsonb NOT NULL, "security_policy" character varying(16) NOT NULL, "mutual_tls_authentication" jsonb, "ownership_verification_certificate_arn" character varying(2048), "policy" text, "tags" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_domain_names" PRIMARY KEY ("domain_name"))`);
    await queryRunner.query(`CREATE INDEX "idx_domain_names_account_id_region_domain_name" ON "domain_names" ("account_id", "region", "domain_name")`);
    await queryRunner.query(`CREATE TABLE "base_path_mappings" ("domain_name" character varying(255) NOT NULL, "base_path" character varying(1024) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "stage" character varying(128), "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_base_path_mappings" PRIMARY KEY ("domain_name", "base_path"))`);
    await queryRunner.query(`CREATE INDEX "idx_base_path_mappings_rest_api_id" ON "base_path_mappings" ("rest_api_id")`);
    await queryRunner.query(`CREATE TABLE "client_certificates" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "description" text, "pem_encoded_certificate" text NOT NULL, "private_key" text NOT NULL, "tags" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "expiration_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_client_certificates" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_client_certificates_account_id_region_created_date_id" ON "client_certificates" ("account_id", "region", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "vpc_links" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "name" character varying(1024) NOT NULL, "description" text, "target_arns" jsonb NOT NULL, "status" character varying(16) NOT NULL, "status_message" text, "tags" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_vpc_links" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_vpc_links_account_id_region_created_date_id" ON "vpc_links" ("account_id", "region", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "access_key_id" character varying(128) NOT NULL, "event_name" character varying(128) NOT NULL, "event_time" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "http_method" character varying(8) NOT NULL, "path" character varying(2048) NOT NULL, "resource_arn" character varying(2048), "request_parameters" jsonb, "status_code" integer NOT NULL, "error_code" character varying(128), "error_message" text, "source_ip_address" character varying(64), "user_agent" character varying(1024), "request_id" character varying(64), CONSTRAINT "pk_audit_events" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_events_account_id_event_time_id" ON "audit_events" ("account_id", "event_time", "id")`);
    await queryRunner.query(`ALTER TABLE "domain_names" ADD CONSTRAINT "fk_domain_names_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "base_path_mappings" ADD CONSTRAINT "fk_base_path_mappings_domain_name" FOREIGN KEY ("domain_name") REFERENCES "domain_names"("domain_name") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "base_path_mappings" ADD CONSTRAINT "fk_base_path_mappings_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "base_path_mappings" ADD CONSTRAINT "fk_base_path_mappings_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "client_certificates" ADD CONSTRAINT "fk_client_certificates_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vpc_links" ADD CONSTRAINT "fk_vpc_links_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "fk_audit_events_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping a table drops its indexes and constraints; children first.
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP TABLE "vpc_links"`);
    await queryRunner.query(`DROP TABLE "client_certificates"`);
    await queryRunner.query(`DROP TABLE "base_path_mappings"`);
    await queryRunner.query(`DROP TABLE "domain_names"`);
  }
}
