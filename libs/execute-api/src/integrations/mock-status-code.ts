/**
 * Reads `statusCode` from a rendered MOCK request template. AWS is lenient here (it accepts CDK's
 * `{statusCode: 200}`), so after strict JSON we fall back to a key/number scan. Undefined = invalid.
 */
export function mockStatusCode(rendered: string): number | undefined {
  let value: unknown;
  try {
    const parsed: unknown = JSON.parse(rendered);
    value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).statusCode : undefined;
  } catch {
    const match = /^\s*\{[\s\S]*?["']?statusCode["']?\s*:\s*(-?\d+)\s*[,}]/.exec(rendered);
    value = match ? Number(match[1]) : undefined;
  }
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
}
