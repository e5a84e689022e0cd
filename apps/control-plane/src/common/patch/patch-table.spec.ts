import type { PatchOperation } from '../patch-operations';
import { fieldRule, listItemRule, mapEntryRule } from './patch-rules';
import { applyPatch, patchPathsFor, type PatchTable } from './patch-table';
import { booleanValue, integerValue, optionalStringValue, stringValue } from './patch-values';

interface Thing {
  name: string;
  description: string | null;
  enabled: boolean;
  size: number;
  templates: Record<string, string>;
  types: string[];
}

class BadRequest extends Error {}
const fail = (message: string): Error => new BadRequest(message);

const TABLE: PatchTable<Thing> = {
  fail,
  rules: [
    fieldRule('/name', { write: (t, c) => { t.name = stringValue(c, 8); }, read: (t) => t.name }),
    fieldRule('/description', { write: (t, c) => { t.description = optionalStringValue(c); }, add: true, clear: (t) => { t.description = null; }, read: (t) => t.description ?? undefined }),
    fieldRule('/enabled', { write: (t, c) => { t.enabled = booleanValue(c); } }),
    fieldRule('/size', { write: (t, c) => { t.size = integerValue(c, 0, 10); } }),
    mapEntryRule('/templates/{contentType}', { param: 'contentType', map: (t) => t.templates, value: (c) => c.value ?? '' }),
    listItemRule('/types/{type}', { param: 'type', list: (t) => t.types }),
    { path: '/copyOfName', copy: (t, c) => { t.description = c.required(); }, move: (t, c) => { t.description = c.required(); } },
  ],
};

function thing(): Thing {
  return { name: 'a', description: 'd', enabled: false, size: 1, templates: { 'application/json': '{}' }, types: ['image/png'] };
}

function run(...operations: PatchOperation[]): Thing {
  return applyPatch(thing(), operations, TABLE);
}

function error(...operations: PatchOperation[]): string {
  try {
    run(...operations);
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequest);
    return (e as Error).message;
  }
  throw new Error('expected the patch to be refused');
}

describe('applyPatch', () => {
  it.each<[string, PatchOperation[], Partial<Thing>]>([
    ['replace a string', [{ op: 'replace', path: '/name', value: 'b' }], { name: 'b' }],
    ['replace with nothing clears an optional field', [{ op: 'replace', path: '/description' }], { description: null }],
    ['remove clears', [{ op: 'remove', path: '/description' }], { description: null }],
    ['add aliases replace where allowed', [{ op: 'add', path: '/description', value: 'x' }], { description: 'x' }],
    ['booleans are strings, any case', [{ op: 'replace', path: '/enabled', value: 'TRUE' }], { enabled: true }],
    ['integers', [{ op: 'replace', path: '/size', value: '10' }], { size: 10 }],
    ['~1 unescapes to / in map keys', [{ op: 'add', path: '/templates/text~1plain', value: 'hi' }], { templates: { 'application/json': '{}', 'text/plain': 'hi' } }],
    ['~0 unescapes to ~', [{ op: 'add', path: '/templates/a~0b', value: '' }], { templates: { 'application/json': '{}', 'a~b': '' } }],
    ['remove a map entry', [{ op: 'remove', path: '/templates/application~1json' }], { templates: {} }],
    ['add a list item once', [{ op: 'add', path: '/types/image~1png' }, { op: 'add', path: '/types/text~1csv' }], { types: ['image/png', 'text/csv'] }],
    ['remove a list item', [{ op: 'remove', path: '/types/image~1png' }], { types: [] }],
    ['copy reads `from`', [{ op: 'copy', path: '/copyOfName', from: '/name' }], { name: 'a', description: 'a' }],
    ['move reads then removes `from`', [{ op: 'move', path: '/copyOfName', from: '/description' }], { description: null }],
    ['test passes when equal', [{ op: 'test', path: '/name', value: 'a' }, { op: 'replace', path: '/name', value: 'c' }], { name: 'c' }],
    ['operations apply in order', [{ op: 'replace', path: '/name', value: 'x' }, { op: 'replace', path: '/name', value: 'y' }], { name: 'y' }],
  ])('%s', (_name, operations, expected) => {
    expect(run(...operations)).toMatchObject(expected);
  });

  it.each<[string, PatchOperation[], string]>([
    ['unknown path', [{ op: 'replace', path: '/nope', value: 'x' }], "Invalid patch path '/nope' specified for op 'replace'. Must be one of: [/name, /description, /enabled, /size, /templates/{contentType}]"],
    ['op the path does not support', [{ op: 'remove', path: '/name' }], "Invalid patch path '/name' specified for op 'remove'. Must be one of: [/description, /templates/{contentType}, /types/{type}]"],
    ['path without a leading slash', [{ op: 'replace', path: 'name', value: 'x' }], "Invalid patch path 'name' specified for op 'replace'"],
    ['missing value', [{ op: 'replace', path: '/name' }], "Invalid patch operation: 'value' is required for op 'replace' on '/name'"],
    ['too long', [{ op: 'replace', path: '/name', value: '123456789' }], "Invalid value '123456789' specified for op 'replace' on '/name': at most 8 characters are allowed"],
    ['not a boolean', [{ op: 'replace', path: '/enabled', value: 'yes' }], "Invalid value 'yes' specified for op 'replace' on '/enabled': expected true or false"],
    ['out of range', [{ op: 'replace', path: '/size', value: '11' }], "on '/size': expected an integer between 0 and 10"],
    ['not an integer', [{ op: 'replace', path: '/size', value: '1.5' }], "on '/size': expected an integer between 0 and 10"],
    ['NUL', [{ op: 'replace', path: '/name', value: 'a\u0000' }], 'the NUL character is not allowed'],
    ['remove a missing map entry', [{ op: 'remove', path: '/templates/text~1xml' }], "'text/xml' does not exist"],
    ['remove a missing list item', [{ op: 'remove', path: '/types/text~1xml' }], "'text/xml' is not in the list"],
    ['copy without from', [{ op: 'copy', path: '/copyOfName' }], "'from' is required for op 'copy'"],
    ['copy from an unreadable path', [{ op: 'copy', path: '/copyOfName', from: '/enabled' }], "Invalid 'from' path '/enabled'"],
    ['failed test', [{ op: 'test', path: '/name', value: 'z' }], "Test operation failed for path '/name'"],
    ['op no path supports', [{ op: 'test', path: '/enabled', value: 'false' }], "Invalid patch path '/enabled' specified for op 'test'"],
  ])('refuses: %s', (_name, operations, message) => {
    expect(error(...operations)).toContain(message);
  });

  it('stops at the first bad operation (callers patch a draft and save only when every operation applied)', () => {
    const draft = thing();
    expect(() => applyPatch(draft, [{ op: 'replace', path: '/name', value: 'ok' }, { op: 'replace', path: '/size', value: 'x' }, { op: 'replace', path: '/enabled', value: 'true' }], TABLE)).toThrow(BadRequest);
    expect(draft).toMatchObject({ name: 'ok', size: 1, enabled: false });
  });

  it('lists the templates that accept an op', () => {
    expect(patchPathsFor(TABLE.rules, 'add')).toEqual(['/description', '/templates/{contentType}', '/types/{type}']);
    expect(patchPathsFor(TABLE.rules, 'test')).toEqual(['/name', '/description', '/templates/{contentType}']);
  });

  it('uses the table’s own message for unknown paths when it has one', () => {
    const custom: PatchTable<Thing> = { ...TABLE, invalidPath: (op, allowed) => fail(`nope ${op.path} ${allowed.length}`) };
    expect(() => applyPatch(thing(), [{ op: 'replace', path: '/x', value: '' }], custom)).toThrow('nope /x 5');
  });
  it('a last {name+} placeholder takes the rest of the path, decoded, joined with slashes', () => {
    const seen: string[] = [];
    const greedy: PatchTable<Thing> = { fail, rules: [{ path: '/arns/{arn+}', add: (_t, c) => { seen.push(c.params.arn); } }] };
    applyPatch(thing(), [
      { op: 'add', path: '/arns/arn:aws:cognito-idp:us-east-1:1:userpool/us-east-1_a' },
      { op: 'add', path: '/arns/a~1b/c' },
      { op: 'add', path: '/arns/one' },
    ], greedy);
    expect(seen).toEqual(['arn:aws:cognito-idp:us-east-1:1:userpool/us-east-1_a', 'a/b/c', 'one']);
    expect(() => applyPatch(thing(), [{ op: 'add', path: '/arns' }], greedy)).toThrow(BadRequest);
    expect(() => applyPatch(thing(), [{ op: 'add', path: '/arns/' }], greedy)).toThrow(BadRequest);
  });
});
