import * as sdk from '@aws-sdk/client-api-gateway';
import { withControlPlane } from './harness';

/** The errors @aws-sdk/client-api-gateway models for API Gateway; anything else means no real handler answered. */
const MODELED_ERRORS = new Set([
  'BadRequestException',
  'NotFoundException',
  'ConflictException',
  'UnauthorizedException',
  'TooManyRequestsException',
  'LimitExceededException',
  'ServiceUnavailableException',
]);

/** Placeholders that keep the SDK's own validation and path serialisation happy while naming nothing that exists. */
const PLACEHOLDERS: Record<string, unknown> = {
  httpMethod: 'GET',
  statusCode: '200',
  responseType: 'DEFAULT_4XX',
  body: Buffer.from('nope', 'utf8'),
  format: 'csv',
  exportType: 'oas30',
  sdkType: 'javascript',
  startDate: '2026-01-01',
  endDate: '2026-01-02',
  keyType: 'API_KEY',
  mode: 'merge',
};

type MemberSchema = unknown;

/**
 * A well-formed but deliberately wrong input from the SDK's operation schema: every required member is
 * filled (`nope000000` for ids and names), optional members are left out. The schema tuple is the SDK's
 * own runtime model: [3, namespace, name, traits, memberNames, memberSchemas, requiredCount].
 */
function wrongInput(schema: readonly unknown[]): Record<string, unknown> {
  const names = (schema[4] ?? []) as string[];
  const members = (schema[5] ?? []) as MemberSchema[];
  const required = (schema[6] ?? 0) as number;
  const input: Record<string, unknown> = {};
  for (let i = 0; i < required; i++) {
    const name = names[i] as string;
    input[name] = name in PLACEHOLDERS ? PLACEHOLDERS[name] : valueFor(members[i]);
  }
  return input;
}

function valueFor(member: MemberSchema): unknown {
  const resolved = typeof member === 'function' ? (member as () => unknown)() : member;
  const type = Array.isArray(resolved) ? resolved[0] : resolved;
  if (type === 3 && Array.isArray(resolved)) return wrongInput(resolved);
  if (type === 21) return Buffer.from('nope', 'utf8');
  if (type === 1) return 1;
  if (type === 2) return false;
  // The SDK marks lists with bit 64 and maps with bit 128 over the element type.
  if (typeof type === 'number' && type >= 128) return { nope: 'nope000000' };
  if (typeof type === 'number' && type >= 64) return ['nope000000'];
  return 'nope000000';
}

interface Outcome {
  command: string;
  ok: boolean;
  detail: string;
}

describe('every REST API command of @aws-sdk/client-api-gateway reaches a real handler', () => {
  let client: sdk.APIGatewayClient;

  withControlPlane({ setup: (f) => {
    client = f.client;
  } });

  it('answers each with a success or a modeled AWS error (never an unknown route or a 500)', async () => {
    const exported = sdk as unknown as Record<string, unknown>;
    const commands = Object.keys(exported).filter((name) => /Command$/.test(name) && name !== '$Command').sort();
    expect(commands.length).toBeGreaterThan(100);

    const outcomes: Outcome[] = [];
    for (const command of commands) {
      const operation = exported[`${command.replace(/Command$/, '')}$`] as unknown[] | undefined;
      const inputSchema = operation ? (operation[4] as () => unknown[])() : [];
      const Ctor = exported[command] as new (input: unknown) => Parameters<sdk.APIGatewayClient['send']>[0];
      const input = wrongInput(inputSchema);
      try {
        await client.send(new Ctor(input), { abortSignal: AbortSignal.timeout(15_000) });
        outcomes.push({ command, ok: true, detail: 'success' });
      } catch (error) {
        const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
        const status = e.$metadata?.httpStatusCode ?? 0;
        const ok = status >= 400 && status <= 429 && MODELED_ERRORS.has(e.name ?? '');
        outcomes.push({ command, ok, detail: `${status} ${e.name}: ${(e.message ?? '').slice(0, 120)}` });
      }
    }

    const failing = outcomes.filter((o) => !o.ok).map((o) => `${o.command} -> ${o.detail}`);
    expect(failing).toEqual([]);
    expect(outcomes).toHaveLength(commands.length);
  }, 300_000);
});
