/** Every repository method takes this first, so tenant scoping is enforced by the signature. */
export interface TenantScope {
  readonly accountId: string;
  readonly region: string;
}
