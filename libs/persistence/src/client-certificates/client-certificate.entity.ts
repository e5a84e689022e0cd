import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';

/**
 * A client certificate the gateway presents to backends (mutual TLS towards integrations). The private
 * key stays here for the data plane; the API only ever returns the PEM certificate.
 */
@Entity('client_certificates')
@Index(['accountId', 'region', 'createdDate', 'id'])
export class ClientCertificateEntity extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

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
