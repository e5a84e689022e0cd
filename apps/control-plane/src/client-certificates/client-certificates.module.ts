import { Module } from '@nestjs/common';
import { ClientCertificateRepository } from '@tollgate/persistence';
import { repositoryProvider as repository } from '../database/repository.provider';
import { ClientCertificatesController } from './client-certificates.controller';
import { ClientCertificatesService } from './client-certificates.service';

@Module({
  controllers: [ClientCertificatesController],
  providers: [repository(ClientCertificateRepository), ClientCertificatesService],
})
export class ClientCertificatesModule {}
