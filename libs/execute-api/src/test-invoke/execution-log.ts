import type { ExecutionTrace } from '../pipeline/execution-trace';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** AWS cuts long header lists in the log at this many characters and appends ` [TRUNCATED]`. */
const MAX_MAP_CHARS = 998;

/** The whole log text: `Execution log for request {id}` then one `{date} : {message}` line per entry. */
export function formatExecutionLog(requestId: string, trace: ExecutionTrace): string {
  let text = `Execution log for request ${requestId}\n`;
  for (const entry of trace.lines) text += `${logDate(entry.at)} : ${entry.message}\n`;
  return text;
}

/** Java's Date.toString() in UTC, as AWS stamps its log lines: `Sat Nov 21 13:37:54 UTC 2026`. */
export function logDate(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** `{a=1, b=2}`: Java's Map.toString(), as AWS logs paths, query strings and headers. */
export function formatMap(map: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  const parts: string[] = [];
  for (const name of Object.keys(map)) {
    const value = map[name];
    if (value === undefined) continue;
    parts.push(`${name}=${typeof value === 'string' ? value : value.join(',')}`);
  }
  const text = `{${parts.join(', ')}}`;
  return text.length > MAX_MAP_CHARS ? `${text.slice(0, MAX_MAP_CHARS)} [TRUNCATED]` : text;
}

/** A flat `[name, value, ...]` list as a map, repeated names joined with `,`. */
export function flatToMap(flat: readonly string[]): Record<string, string[]> {
  const map: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (let i = 0; i < flat.length; i += 2) {
    const list = map[flat[i]];
    if (list === undefined) map[flat[i]] = [flat[i + 1]];
    else list.push(flat[i + 1]);
  }
  return map;
}
