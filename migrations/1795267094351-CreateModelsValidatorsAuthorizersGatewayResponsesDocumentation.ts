import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Models, request validators, customised gateway responses, authorizers, documentation parts and versions. */
export class CreateModelsValidatorsAuthorizersGatewayResponsesDocumentation1795267094351 implements MigrationInterface {
  name = 'CreateModelsValidatorsAuthorizersGatewayResponsesDocumentation1795267094351';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "authorizers" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "name" character varying(1024) NOT NULL, "type" character varying(32) NOT NULL, "provider_arns" jsonb, "auth_type" character varying(1024), "authorizer_uri" text, "authorizer_credentials" character varying(2048), "identity_source" text, "identity_validation_expression" text, "authorizer_result_ttl_in_seconds" integer NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_authorizers" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_authorizers_rest_api_id_created_date_id" ON "authorizers"("rest_api_id", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "documentation_parts" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "location" jsonb NOT NULL, "location_key" text NOT NULL, "properties" text NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_documentation_parts_rest_api_id_location_key" UNIQUE ("rest_api_id", "location_key"), CONSTRAINT "pk_documentation_parts" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_documentation_parts_rest_api_id_created_date_id" ON "documentation_parts"("rest_api_id", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "documentation_versions" ("rest_api_id" character varying(10) NOT NULL, "version" character varying(1024) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "description" text, "parts" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_documentation_versions" PRIMARY KEY ("rest_api_id", "version"))`);
    await queryRunner.query(`CREATE TABLE "gateway_responses" ("rest_api_id" character varying(10) NOT NULL, "response_type" character varying(64) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "status_code" character varying(3), "response_parameters" jsonb NOT NULL, "response_templates" jsonb NOT NULL, CONSTRAINT "pk_gateway_responses" PRIMARY KEY ("rest_api_id", "response_type"))`);
    await queryRunner.query(`CREATE TABLE "models" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "name" character varying(255) NOT NULL, "description" text, "content_type" character varying(256) NOT NULL, "schema" text, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_models_rest_api_id_name" UNIQUE ("rest_api_id", "name"), CONSTRAINT "pk_models" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_models_rest_api_id_created_date_id" ON "models"("rest_api_id", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "request_validators" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "name" character varying(1024), "validate_request_body" boolean NOT NULL DEFAULT false, "validate_request_parameters" boolean NOT NULL DEFAULT false, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_request_validators" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_request_validators_rest_api_id_created_date_id" ON "request_validators"("rest_api_id", "created_date", "id")`);
    await queryRunner.query(`ALTER TABLE "authorizers" ADD CONSTRAINT "fk_authorizers_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "authorizers" ADD CONSTRAINT "fk_authorizers_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "documentation_parts" ADD CONSTRAINT "fk_documentation_parts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "documentation_parts" ADD CONSTRAINT "fk_documentation_parts_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "documentation_versions" ADD CONSTRAINT "fk_documentation_versions_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "documentation_versions" ADD CONSTRAINT "fk_documentation_versions_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gateway_responses" ADD CONSTRAINT "fk_gateway_responses_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gateway_responses" ADD CONSTRAINT "fk_gateway_responses_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "models" ADD CONSTRAINT "fk_models_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "models" ADD CONSTRAINT "fk_models_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_validators" ADD CONSTRAINT "fk_request_validators_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_validators" ADD CONSTRAINT "fk_request_validators_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping a table drops its indexes and constraints.
    await queryRunner.query(`DROP TABLE "documentation_versions"`);
    await queryRunner.query(`DROP TABLE "documentation_parts"`);
    await queryRunner.query(`DROP TABLE "authorizers"`);
    await queryRunner.query(`DROP TABLE "gateway_responses"`);
    await queryRunner.query(`DROP TABLE "request_validators"`);
    await queryRunner.query(`DROP TABLE "models"`);
  }
}
