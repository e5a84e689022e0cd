import { Injectable } from '@nestjs/common';
import { type TenantScope, VpcLinkRepository } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { toVpcLink, type VpcLink } from './vpc-link.mapper';
import { applyVpcLinkPatch, parseCreateVpcLinkRequest } from './vpc-link.request';
import { VpcLinksError } from './vpc-links.error';

/** CreateVpcLink, GetVpcLink(s), UpdateVpcLink, DeleteVpcLink. Links are stored only: there is no VPC to reach. */
@Injectable()
export class VpcLinksService {
  constructor(private readonly links: VpcLinkRepository) {}

  async create(scope: TenantScope, body: unknown): Promise<VpcLink> {
    const request = parseCreateVpcLinkRequest(body);
    return toVpcLink(await this.links.insert(scope, { ...request, status: 'AVAILABLE', statusMessage: 'Your vpc link is ready for use' }));
  }

  async get(scope: TenantScope, id: string): Promise<VpcLink> {
    const link = await this.links.find(scope, id);
    if (!link) throw VpcLinksError.notFound();
    return toVpcLink(link);
  }

  async list(scope: TenantScope, limit?: string, position?: string): Promise<ListResponse<VpcLink>> {
    return toListResponse(await this.links.list(scope, parsePageQuery(limit, position)), toVpcLink);
  }

  async update(scope: TenantScope, id: string, body: unknown): Promise<VpcLink> {
    const link = await this.links.find(scope, id);
    if (!link) throw VpcLinksError.notFound();
    const values = applyVpcLinkPatch(body, link);
    if (!(await this.links.update(scope, id, values))) throw VpcLinksError.notFound();
    return toVpcLink({ ...link, ...values });
  }

  async delete(scope: TenantScope, id: string): Promise<void> {
    if (!(await this.links.delete(scope, id))) throw VpcLinksError.notFound();
  }
}
