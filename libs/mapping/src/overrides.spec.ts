import { MappingError } from './mapping-error';
import { applyRequestOverride, applyResponseOverride } from './overrides';

describe('applyResponseOverride', () => {
  const base = { statusCode: 200, headers: { 'Content-Type': 'application/json', 'X-Keep': 'k' } };

  it.each<[string, number | undefined, number]>([
    ['a valid status (AWS-validated MOCK example 444)', 444, 444],
    ['lowest allowed', 100, 100],
    ['highest allowed', 599, 599],
    ['below range ignored', 99, 200],
    ['600 ignored', 600, 200],
    ['fraction ignored', 201.5, 200],
    ['NaN ignored', Number.NaN, 200],
    ['negative ignored', -1, 200],
    ['absent keeps the status', undefined, 200],
  ])('status: %s', (_name, status, expected) => {
    expect(applyResponseOverride(base, { header: {}, status }).statusCode).toBe(expected);
  });

  it('merges headers, replacing same names ignoring case', () => {
    expect(applyResponseOverride(base, { header: { foo: 'bar', 'content-type': 'text/plain' } }).headers)
      .toEqual({ 'X-Keep': 'k', foo: 'bar', 'content-type': 'text/plain' });
  });

  it('returns the response unchanged without an override', () => {
    expect(applyResponseOverride(base, undefined)).toBe(base);
  });
});

describe('applyRequestOverride', () => {
  const mapped = { header: { 'X-A': ['a'], 'X-Multi': ['1', '2'] }, querystring: { q: ['1', '2'], keep: ['k'] }, path: { id: '1' } };

  it('overrides win over mappings', () => {
    expect(applyRequestOverride(mapped, {
      header: { 'x-a': 'override', 'X-New': 'n' },
      querystring: { q: 'single', extra: 'e' },
      path: { id: '2', other: 'o' },
    }, 'HTTP')).toEqual({
      header: { 'X-Multi': ['1', '2'], 'x-a': ['override'], 'X-New': ['n'] },
      querystring: { q: ['single'], keep: ['k'], extra: ['e'] },
      path: { id: '2', other: 'o' },
    });
  });

  it('leaves the mapped parameters untouched', () => {
    applyRequestOverride(mapped, { header: { 'X-A': 'z' }, querystring: { q: 'z' }, path: { id: 'z' } }, 'HTTP');
    expect(mapped.header['X-A']).toEqual(['a']);
    expect(mapped.querystring.q).toEqual(['1', '2']);
    expect(mapped.path.id).toBe('1');
  });

  it.each([
    ['HTTP', 'Content-Length'],
    ['HTTP', 'x-amzn-trace-id'],
    ['AWS', 'Authorization'],
  ] as const)('%s refuses an overridden %s', (integrationType, name) => {
    expect(() => applyRequestOverride(mapped, { header: { [name]: 'x' }, querystring: {}, path: {} }, integrationType))
      .toThrow(MappingError);
  });

  it('returns the mapping without an override', () => {
    expect(applyRequestOverride(mapped, undefined, 'HTTP')).toBe(mapped);
  });
});
