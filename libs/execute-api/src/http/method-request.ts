import type { MethodRequestParameters, RequestContext } from '../pipeline/context';

/**
 * The method request's query string (URL-decoded) and headers (client spelling, from rawHeaders) as
 * lists and last values. Built on first use and cached on the context: only methods with a validator,
 * template or parameter mapping ever pay for it.
 */
export function methodRequestParameters(ctx: RequestContext): MethodRequestParameters {
  if (ctx.methodRequest === undefined) ctx.methodRequest = buildMethodRequest(ctx);
  return ctx.methodRequest;
}

function buildMethodRequest(ctx: RequestContext): MethodRequestParameters {
  const multiValueQueryStringParameters = parseQuery(ctx.rawQuery);
  const queryStringParameters = lastValues(multiValueQueryStringParameters);
  const multiValueHeaders = newRecord<string[]>();
  const raw = ctx.req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const list = multiValueHeaders[raw[i]];
    if (list === undefined) multiValueHeaders[raw[i]] = [raw[i + 1]];
    else list.push(raw[i + 1]);
  }
  return { multiValueQueryStringParameters, queryStringParameters, multiValueHeaders, headers: lastValues(multiValueHeaders) };
}

/** `a=1&a=2&b` -> `{a: ['1','2'], b: ['']}`; names and values URL-decoded (a malformed escape stays as sent). */
export function parseQuery(rawQuery: string): Record<string, string[]> {
  const result = newRecord<string[]>();
  if (rawQuery === '') return result;
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    const list = result[name];
    if (list === undefined) result[name] = [value];
    else list.push(value);
  }
  return result;
}

function decode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function lastValues(lists: Readonly<Record<string, readonly string[]>>): Record<string, string> {
  const result = newRecord<string>();
  for (const name in lists) result[name] = lists[name][lists[name].length - 1];
  return result;
}

/** A null-prototype record: client-chosen names such as `__proto__` or `constructor` stay plain keys. */
function newRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
