import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { ListResponse } from '../common/pagination';
import type { ClientCertificate } from './client-certificate.mapper';
import { ClientCertificatesService } from './client-certificates.service';

@Controller('clientcertificates')
export class ClientCertificatesController {
  constructor(private readonly certificates: ClientCertificatesService) {}

  @Post()
  @HttpCode(201)
  generateClientCertificate(@Caller() caller: Caller, @Body() body: unknown): Promise<ClientCertificate> {
    return this.certificates.generate(caller, body);
  }

  @Get()
  getClientCertificates(@Caller() caller: Caller, @Query('limit') limit?: string, @Query('position') position?: string): Promise<ListResponse<ClientCertificate>> {
    return this.certificates.list(caller, limit, position);
  }

  @Get(':clientCertificateId')
  getClientCertificate(@Caller() caller: Caller, @Param('clientCertificateId') id: string): Promise<ClientCertificate> {
    return this.certificates.get(caller, id);
  }

  @Patch(':clientCertificateId')
  updateClientCertificate(@Caller() caller: Caller, @Param('clientCertificateId') id: string, @Body() body: unknown): Promise<ClientCertificate> {
    return this.certificates.update(caller, id, body);
  }

  @Delete(':clientCertificateId')
  @HttpCode(202)
  deleteClientCertificate(@Caller() caller: Caller, @Param('clientCertificateId') id: string): Promise<void> {
    return this.certificates.delete(caller, id);
  }
}
