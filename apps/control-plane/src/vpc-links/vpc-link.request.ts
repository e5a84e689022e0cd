import { asBody, optionalString, optionalStringList, optionalStringMap } from '../common/body-fields';
import { fieldRule } from '../common/patch/patch-rules';
import { applyPatch, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, parsePatchOperations } from '../common/patch-operations';
import { VpcLinksError } from './vpc-links.error';

const fail = (message: string): Error => VpcLinksError.invalid(message);
/** A Network Load Balancer ARN, the only kind of target a REST API VPC link takes. */
const NLB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/net\/[^/]+\/[^/]+$/;

export interface CreateVpcLinkRequest {
  name: string;
  description: string | null;
  targetArns: string[];
  tags: Record<string, string>;
}

export function parseCreateVpcLinkRequest(raw: unknown): CreateVpcLinkRequest {
  const body = asBody(raw, fail);
  const name = optionalString(body, 'name', fail);
  if (!name || name.trim() === '') throw fail("1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
  const targetArns = optionalStringList(body, 'targetArns', fail);
  if (!targetArns) throw fail("1 validation error detected: Value null at 'targetArns' failed to satisfy constraint: Member must not be null");
  if (targetArns.length !== 1) throw fail('Exactly one target ARN is required: a VPC link of a REST API points to one Network Load Balancer');
  const bad = targetArns.find((arn) => !NLB_ARN.test(arn));
  if (bad !== undefined) throw fail(`Invalid target ARN specified: ${bad}. It must be the ARN of a Network Load Balancer`);
  return { name, description: optionalString(body, 'description', fail) ?? null, targetArns, tags: optionalStringMap(body, 'tags', fail) ?? {} };
}

type VpcLinkPatchable = { name: string; description: string | null };
const PATHS = ['/name', '/description'];

const TABLE: PatchTable<VpcLinkPatchable> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    fieldRule('/name', {
      write: (link, c) => {
        const name = c.required();
        if (name.trim() === '') throw fail('VPC link name must be a non-empty string');
        link.name = name;
      },
      add: true,
    }),
    {
      // A VPC link always has a name: remove is refused (after the value check, as before).
      path: '/name',
      remove: (_link, c) => {
        c.required();
        throw fail('VPC link name must be a non-empty string');
      },
    },
    fieldRule('/description', { write: (link, c) => { link.description = c.value ?? null; }, add: true, clear: (link) => { link.description = null; } }),
  ],
};

/** UpdateVpcLink: `/name` and `/description`. */
export function applyVpcLinkPatch(raw: unknown, current: VpcLinkPatchable): VpcLinkPatchable {
  return applyPatch({ ...current }, parsePatchOperations(raw, fail), TABLE);
}
