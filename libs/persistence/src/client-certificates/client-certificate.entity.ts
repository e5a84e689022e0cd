import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/**
 * A client certificate the gateway presents to backends (mutual TLS towards integrations). The private
 * key stays here for the data plane; the API only ever returns the PEM certificate.
 */
@Entity('client_certificates')
@Index(['accountId', 'region', 'createdDate', 'id'])
export class ClientCertificateEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  pemEncodedCertificate!: string;

  @Column({ type: 'text' })
  privateKey!: string;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expirationDate!: Date;
}
