import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import type { EndpointConfigurationValue } from '../rest-apis/rest-api.entity';

export interface MutualTlsAuthenticationValue {
  truststoreUri: string;
  truststoreVersion?: string;
}

/**
 * A custom domain name. The name is unique across accounts because the data plane picks the domain by
 * Host header (and the certificate by SNI) alone. An uploaded certificate and its private key are kept
 * so the data plane can serve TLS for the domain; the key is never returned by the API.
 */
@Entity('domain_names')
@Index(['accountId', 'region', 'domainName'])
export class DomainNameEntity extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  domainName!: string;

  /** AWS's id of a private custom domain name (its ARN ends `{domainName}+{domainNameId}`); null for EDGE/REGIONAL. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  domainNameId!: string | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  certificateName!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  certificateArn!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  certificateUploadDate!: Date | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  regionalCertificateName!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  regionalCertificateArn!: string | null;

  /** PEM of the uploaded server certificate (CreateDomainName certificateBody). */
  @Column({ type: 'text', nullable: true })
  certificateBody!: string | null;

  @Column({ type: 'text', nullable: true })
  certificatePrivateKey!: string | null;

  @Column({ type: 'text', nullable: true })
  certificateChain!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  distributionDomainName!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  regionalDomainName!: string | null;

  @Column({ type: 'jsonb' })
  endpointConfiguration!: EndpointConfigurationValue;

  @Column({ type: 'varchar', length: 16 })
  securityPolicy!: string;

  @Column({ type: 'jsonb', nullable: true })
  mutualTlsAuthentication!: MutualTlsAuthenticationValue | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  ownershipVerificationCertificateArn!: string | null;

  @Column({ type: 'text', nullable: true })
  policy!: string | null;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
