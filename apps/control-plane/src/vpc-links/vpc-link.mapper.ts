import type { VpcLinkEntity } from '@tollgate/persistence';

/** AWS `VpcLink` wire shape. */
export interface VpcLink {
  id: string;
  name: string;
  description?: string;
  targetArns: string[];
  status: string;
  statusMessage?: string;
  tags?: Record<string, string>;
}

export function toVpcLink(entity: VpcLinkEntity): VpcLink {
  const link: VpcLink = { id: entity.id, name: entity.name, targetArns: entity.targetArns, status: entity.status };
  if (entity.description !== null) link.description = entity.description;
  if (entity.statusMessage !== null) link.statusMessage = entity.statusMessage;
  if (Object.keys(entity.tags).length > 0) link.tags = entity.tags;
  return link;
}
