import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A REST API's authorizer (CreateAuthorizer): Lambda TOKEN/REQUEST or Cognito user pools. */
@Entity('authorizers')
@Index(['restApiId', 'createdDate', 'id'])
export class AuthorizerEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;

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
