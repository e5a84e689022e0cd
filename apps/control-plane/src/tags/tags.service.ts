import { Injectable } from '@nestjs/common';
import { TagRepository, type TagTarget, type TenantScope } from '@tollgate/persistence';
import { parseResourceArn } from './resource-arn';
import { MAX_TAGS, parseTagKeys, parseTagResourceRequest } from './tag-resource.request';
import { TagsError } from './tags.error';

/** TagResource, UntagResource, GetTags on any taggable resource of the caller, named by ARN. */
@Injectable()
export class TagsService {
  constructor(private readonly tags: TagRepository) {}

  async getTags(scope: TenantScope, resourceArn: string): Promise<{ tags: Record<string, string> }> {
    const target = this.target(scope, resourceArn);
    const tags = await this.tags.get(scope, target);
    if (tags === null) throw TagsError.notFound();
    return { tags };
  }

  async tagResource(scope: TenantScope, resourceArn: string, body: unknown): Promise<void> {
    const target = this.target(scope, resourceArn);
    const added = parseTagResourceRequest(body);
    const current = await this.tags.get(scope, target);
    if (current === null) throw TagsError.notFound();
    if (Object.keys({ ...current, ...added }).length > MAX_TAGS) throw TagsError.invalid(`A resource can have at most ${MAX_TAGS} tags`);
    if ((await this.tags.add(scope, target, added)) === null) throw TagsError.notFound();
  }

  async untagResource(scope: TenantScope, resourceArn: string, tagKeys: unknown): Promise<void> {
    const target = this.target(scope, resourceArn);
    if ((await this.tags.remove(scope, target, parseTagKeys(tagKeys))) === null) throw TagsError.notFound();
  }

  /** A resource of another region is not the caller's here: NotFoundException, as for another account's. */
  private target(scope: TenantScope, resourceArn: string): TagTarget {
    const parsed = parseResourceArn(resourceArn);
    if (!parsed) throw TagsError.invalidArn();
    if (parsed.region !== scope.region) throw TagsError.notFound();
    return parsed.target;
  }
}
