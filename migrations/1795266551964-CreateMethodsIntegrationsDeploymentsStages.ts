import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Methods, method/integration responses, integrations, deployments (with their snapshot) and stages. */
export class CreateMethodsIntegrationsDeploymentsStages1795266551964 implements MigrationInterface {
  name = 'CreateMethodsIntegrationsDeploymentsStages1795266551964';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deployments" ("id" character varying(10) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "description" text, "snapshot" jsonb NOT NULL, "snapshot_hash" character varying(64) NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_deployments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_deployments_rest_api_id_created_date_id" ON "deployments"("rest_api_id", "created_date", "id")`);
    await queryRunner.query(`CREATE TABLE "methods" ("resource_id" character varying(10) NOT NULL, "http_method" character varying(7) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "authorization_type" character varying(32) NOT NULL, "authorizer_id" character varying(10), "authorization_scopes" jsonb, "api_key_required" boolean NOT NULL DEFAULT false, "operation_name" character varying(1024), "request_parameters" jsonb NOT NULL, "request_models" jsonb NOT NULL, "request_validator_id" character varying(10), CONSTRAINT "pk_methods" PRIMARY KEY ("resource_id", "http_method"))`);
    await queryRunner.query(`CREATE INDEX "idx_methods_rest_api_id" ON "methods"("rest_api_id")`);
    await queryRunner.query(`CREATE TABLE "integrations" ("resource_id" character varying(10) NOT NULL, "http_method" character varying(7) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "type" character varying(16) NOT NULL, "integration_http_method" character varying(7), "uri" text, "connection_type" character varying(16), "connection_id" character varying(64), "credentials" text, "request_parameters" jsonb NOT NULL, "request_templates" jsonb NOT NULL, "passthrough_behavior" character varying(32) NOT NULL DEFAULT 'WHEN_NO_MATCH', "content_handling" character varying(32), "timeout_in_millis" integer NOT NULL DEFAULT '29000', "cache_namespace" character varying(1024), "cache_key_parameters" jsonb NOT NULL, "tls_config" jsonb, CONSTRAINT "pk_integrations" PRIMARY KEY ("resource_id", "http_method"))`);
    await queryRunner.query(`CREATE INDEX "idx_integrations_rest_api_id" ON "integrations"("rest_api_id")`);
    await queryRunner.query(`CREATE TABLE "integration_responses" ("resource_id" character varying(10) NOT NULL, "http_method" character varying(7) NOT NULL, "status_code" character varying(3) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "selection_pattern" text, "response_parameters" jsonb NOT NULL, "response_templates" jsonb NOT NULL, "content_handling" character varying(32), CONSTRAINT "pk_integration_responses" PRIMARY KEY ("resource_id", "http_method", "status_code"))`);
    await queryRunner.query(`CREATE INDEX "idx_integration_responses_rest_api_id" ON "integration_responses"("rest_api_id")`);
    await queryRunner.query(`CREATE TABLE "method_responses" ("resource_id" character varying(10) NOT NULL, "http_method" character varying(7) NOT NULL, "status_code" character varying(3) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "rest_api_id" character varying(10) NOT NULL, "response_parameters" jsonb NOT NULL, "response_models" jsonb NOT NULL, CONSTRAINT "pk_method_responses" PRIMARY KEY ("resource_id", "http_method", "status_code"))`);
    await queryRunner.query(`CREATE INDEX "idx_method_responses_rest_api_id" ON "method_responses"("rest_api_id")`);
    await queryRunner.query(`CREATE TABLE "stages" ("rest_api_id" character varying(10) NOT NULL, "stage_name" character varying(128) NOT NULL, "account_id" character varying(12) NOT NULL, "region" character varying(32) NOT NULL, "deployment_id" character varying(10) NOT NULL, "description" text, "variables" jsonb NOT NULL, "method_settings" jsonb NOT NULL, "cache_cluster_enabled" boolean NOT NULL DEFAULT false, "cache_cluster_size" character varying(8), "tracing_enabled" boolean NOT NULL DEFAULT false, "canary_settings" jsonb, "access_log_settings" jsonb, "client_certificate_id" character varying(64), "documentation_version" character varying(64), "tags" jsonb NOT NULL, "created_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_updated_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_stages" PRIMARY KEY ("rest_api_id", "stage_name"))`);
    await queryRunner.query(`CREATE INDEX "idx_stages_deployment_id" ON "stages"("deployment_id")`);
    await queryRunner.query(`ALTER TABLE "deployments" ADD CONSTRAINT "fk_deployments_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deployments" ADD CONSTRAINT "fk_deployments_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methods" ADD CONSTRAINT "fk_methods_resource_id" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methods" ADD CONSTRAINT "fk_methods_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "methods" ADD CONSTRAINT "fk_methods_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "integrations" ADD CONSTRAINT "fk_integrations_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "integrations" ADD CONSTRAINT "fk_integrations_resource_id_http_method" FOREIGN KEY ("resource_id", "http_method") REFERENCES "methods"("resource_id","http_method") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "integration_responses" ADD CONSTRAINT "fk_integration_responses_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "integration_responses" ADD CONSTRAINT "fk_integration_responses_resource_id_http_method" FOREIGN KEY ("resource_id", "http_method") REFERENCES "integrations"("resource_id","http_method") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "method_responses" ADD CONSTRAINT "fk_method_responses_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "method_responses" ADD CONSTRAINT "fk_method_responses_resource_id_http_method" FOREIGN KEY ("resource_id", "http_method") REFERENCES "methods"("resource_id","http_method") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stages" ADD CONSTRAINT "fk_stages_rest_api_id" FOREIGN KEY ("rest_api_id") REFERENCES "rest_apis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stages" ADD CONSTRAINT "fk_stages_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts"("account_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stages" ADD CONSTRAINT "fk_stages_deployment_id" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stages" DROP CONSTRAINT "fk_stages_deployment_id"`);
    await queryRunner.query(`ALTER TABLE "stages" DROP CONSTRAINT "fk_stages_account_id"`);
    await queryRunner.query(`ALTER TABLE "stages" DROP CONSTRAINT "fk_stages_rest_api_id"`);
    await queryRunner.query(`ALTER TABLE "method_responses" DROP CONSTRAINT "fk_method_responses_resource_id_http_method"`);
    await queryRunner.query(`ALTER TABLE "method_responses" DROP CONSTRAINT "fk_method_responses_account_id"`);
    await queryRunner.query(`ALTER TABLE "integration_responses" DROP CONSTRAINT "fk_integration_responses_resource_id_http_method"`);
    await queryRunner.query(`ALTER TABLE "integration_responses" DROP CONSTRAINT "fk_integration_responses_account_id"`);
    await queryRunner.query(`ALTER TABLE "integrations" DROP CONSTRAINT "fk_integrations_resource_id_http_method"`);
    await queryRunner.query(`ALTER TABLE "integrations" DROP CONSTRAINT "fk_integrations_account_id"`);
    await queryRunner.query(`ALTER TABLE "methods" DROP CONSTRAINT "fk_methods_rest_api_id"`);
    await queryRunner.query(`ALTER TABLE "methods" DROP CONSTRAINT "fk_methods_account_id"`);
    await queryRunner.query(`ALTER TABLE "methods" DROP CONSTRAINT "fk_methods_resource_id"`);
    await queryRunner.query(`ALTER TABLE "deployments" DROP CONSTRAINT "fk_deployments_rest_api_id"`);
    await queryRunner.query(`ALTER TABLE "deployments" DROP CONSTRAINT "fk_deployments_account_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_stages_deployment_id"`);
    await queryRunner.query(`DROP TABLE "stages"`);
    await queryRunner.query(`DROP INDEX "public"."idx_method_responses_rest_api_id"`);
    await queryRunner.query(`DROP TABLE "method_responses"`);
    await queryRunner.query(`DROP INDEX "public"."idx_integration_responses_rest_api_id"`);
    await queryRunner.query(`DROP TABLE "integration_responses"`);
    await queryRunner.query(`DROP INDEX "public"."idx_integrations_rest_api_id"`);
    await queryRunner.query(`DROP TABLE "integrations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_methods_rest_api_id"`);
    await queryRunner.query(`DROP TABLE "methods"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deployments_rest_api_id_created_date_id"`);
    await queryRunner.query(`DROP TABLE "deployments"`);
  }
}
