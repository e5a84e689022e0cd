import { stringify } from 'yaml';
import { loadFixture } from './fixtures/load-fixture';
import { importApiDocument } from './import-api-document';
import { ImportError } from './import-error';
import { parseApiDocument } from './parse-api-document';

const minimal = (header: Record<string, unknown>) => ({
  ...header,
  info: { title: 'Minimal', version: '1' },
  paths: { '/ping': { get: { responses: { '200': { description: 'ok' } } } } },
});

async function refusal(text: string): Promise<ImportError> {
  try {
    await parseApiDocument(text);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

describe('parseApiDocument', () => {
  it.each([
    ['Swagger 2.0 JSON', JSON.stringify(minimal({ swagger: '2.0' })), 'swagger'],
    ['Swagger 2.0 YAML', stringify(minimal({ swagger: '2.0' })), 'swagger'],
    ['OpenAPI 3.0.0 JSON', JSON.stringify(minimal({ openapi: '3.0.0' })), 'oas30'],
    ['OpenAPI 3.0.3 YAML', stringify(minimal({ openapi: '3.0.3' })), 'oas30'],
    ['AWS PetStore (no info.version)', loadFixture('petstore-swagger.json'), 'swagger'],
    ['every extension (YAML)', loadFixture('every-extension-oas30.yaml'), 'oas30'],
    ['PetStore in OpenAPI 3.0 (JSON)', loadFixture('petstore-oas30.json'), 'oas30'],
    ['every extension in Swagger 2.0 (YAML)', loadFixture('every-extension-swagger.yaml'), 'swagger'],
  ])('accepts %s', async (_name, text, flavour) => {
    const parsed = await parseApiDocument(text);
    expect(parsed.flavour).toBe(flavour);
    expect(parsed.warnings).toEqual([]);
    expect((parsed.document as { paths: object }).paths).toBeDefined();
  });

  it('keeps local $refs in the returned document (they name the models)', async () => {
    const parsed = await parseApiDocument(loadFixture('petstore-swagger.json'));
    const doc = parsed.document as unknown as { definitions: { Pets: { items: unknown } } };
    expect(doc.definitions.Pets.items).toEqual({ $ref: '#/definitions/Pet' });
  });

  it.each([
    ['3.1.0', "Unable to build importer with provided input. Unable to determine OAS version from '3.1.0'"],
    ['3.1.1', "Unable to build importer with provided input. Unable to determine OAS version from '3.1.1'"],
    ['4.0.0', "Unable to build importer with provided input. Unable to determine OAS version from '4.0.0'"],
  ])('refuses OpenAPI %s like AWS', async (version, message) => {
    const err = await refusal(JSON.stringify(minimal({ openapi: version })));
    expect(err.message).toBe(message);
    expect(err.errorType).toBe('BadRequestException');
  });

  it('refuses Swagger versions other than 2.0', async () => {
    const err = await refusal(JSON.stringify(minimal({ swagger: '1.2' })));
    expect(err.message).toContain("Unable to determine OAS version from '1.2'");
  });

  it.each([
    ['empty text', ''],
    ['malformed JSON', '{"swagger": "2.0",'],
    ['malformed YAML', 'swagger: "2.0"\n  info: [\n'],
    ['a JSON array', '[1, 2]'],
    ['a scalar', '"hello"'],
    ['no version field', JSON.stringify({ info: { title: 'x' }, paths: {} })],
  ])('answers "Invalid OpenAPI input." for %s', async (_name, text) => {
    const err = await refusal(text);
    expect(err.message).toBe('Invalid OpenAPI input.');
  });

  it('refuses external references without reading them', async () => {
    const doc = minimal({ openapi: '3.0.1' }) as Record<string, any>;
    doc.paths['/ping'].get.responses['200'].content = { 'application/json': { schema: { $ref: 'https://example.com/pet.json#/Pet' } } };
    doc.paths['/file'] = { $ref: './other.yaml#/paths/~1file' };
    const err = await refusal(JSON.stringify(doc));
    expect(err.message.startsWith('Errors found during import:\n\t')).toBe(true);
    expect(err.problems).toEqual([
      "Unable to resolve external reference 'https://example.com/pet.json#/Pet': only references inside the document are supported",
      "Unable to resolve external reference './other.yaml#/paths/~1file': only references inside the document are supported",
    ]);
  });

  it('warns, like AWS, about a reference that points nowhere', async () => {
    const doc = minimal({ swagger: '2.0' }) as Record<string, any>;
    doc.paths['/ping'].get.parameters = [{ $ref: '#/parameters/Nope' }];
    const parsed = await parseApiDocument(JSON.stringify(doc));
    expect(parsed.warnings).toEqual(["Parse issue: attribute paths.'/ping'(get).parameters.0.#/parameters/Nope is missing"]);
  });

  it('warns about unknown attributes instead of refusing the document (AWS imports the rest)', async () => {
    // Shape of the terraform-provider-aws fail_on_warnings acceptance test body.
    const doc = {
      openapi: '3.0.0',
      info: { title: 'Sample API', description: 'original', version: '0.1.9' },
      servers: [{ url: 'http://api.example.com/v1' }],
      components: { invalid_key_will_warn: 'a_value' },
      paths: { '/users': { get: { summary: 'Returns a list of users.', responses: { '200': { description: 'names', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } } } } },
    };
    const parsed = await parseApiDocument(JSON.stringify(doc));
    expect(parsed.warnings).toEqual(['Parse issue: attribute components.invalid_key_will_warn is unexpected']);
    const imported = await importApiDocument(JSON.stringify(doc));
    expect(imported.definition.resources.map((r) => r.path)).toEqual(['/', '/users']);
    await expect(importApiDocument(JSON.stringify(doc), { failOnWarnings: true })).rejects.toThrow(
      'Warnings found during import:\n\tParse issue: attribute components.invalid_key_will_warn is unexpected',
    );
  });

  it('reports a missing model reference with AWS\'s wording (as moto reproduces it)', async () => {
    const doc = {
      openapi: '3.0.1',
      info: { title: 'test-import-api', version: '1.0' },
      paths: { '/update': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/ModelThatDoesNotExist' } } } } } } } },
    };
    const err = await importApiDocument(JSON.stringify(doc), { failOnWarnings: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toBe(
      "Warnings found during import:\n\tParse issue: attribute paths.'/update'(get).responses.200.content.schema.#/components/schemas/ModelThatDoesNotExist is missing",
    );
  });

  it('lists schema violations like AWS ("Errors found during import")', async () => {
    const doc = { swagger: '2.0', info: { title: 'Broken', version: '1' }, paths: { '/a': { get: { parameters: [{ name: 'q', in: 'nowhere' }] } } } };
    const err = await refusal(JSON.stringify(doc));
    expect(err.message.startsWith('Errors found during import:\n\t')).toBe(true);
    expect(err.problems.length).toBeGreaterThan(0);
    expect(err.problems.join('\n')).toMatch(/paths/);
  });

  it('refuses documents over 6 MB', async () => {
    const err = await refusal(`{"swagger":"2.0","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    expect(err.problems).toEqual(['API definition exceeds the maximum size of 6MB']);
  });

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i += 1) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const err = await refusal(`swagger: "2.0"\n${lines.join('\n')}\n`);
    expect(err.message).toBe('Invalid OpenAPI input.');
  });
});
