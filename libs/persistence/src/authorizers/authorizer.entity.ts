import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ApiChildColumns } from '../api-child-columns';

/** A REST API's authorizer (CreateAuthorizer): Lambda TOKEN/REQUEST or Cognito user pools. */
@Entity('authorizers')
@Index(['restApiId', 'createdDate', 'id'])
export class AuthorizerEntity extends ApiChildColumns {
  @Column({ type: 'varchar', length: 1024 })
  name!: string;

  /** TOKEN, REQUEST or COGNITO_USER_POOLS. */
  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ type: 'jsonb', nullable: true })
  providerArns!: string[] | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  authType!: string | null;

  @Column({ type: 'text', nullable: true })
  authorizerUri!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  authorizerCredentials!: string | null;

  @Column({ type: 'text', nullable: true })
  identitySource!: string | null;

  @Column({ type: 'text', nullable: true })
  identityValidationExpression!: string | null;

  @Column({ type: 'integer' })
  authorizerResultTtlInSeconds!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
