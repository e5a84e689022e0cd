import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One variable path part ({x} or {x+}) per parent, enforced by the database so concurrent creates cannot both win. */
export class AddResourcesVariableChildIndex1795267000000 implements MigrationInterface {
  name = 'AddResourcesVariableChildIndex1795267000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_resources_variable_child" ON "resources" ("parent_id") WHERE "path_part" LIKE '{%'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_resources_variable_child"`);
  }
}
