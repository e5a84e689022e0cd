import { parseImportRestApiRequest, parsePutRestApiRequest } from './import-rest-api.request';
import { RestApiImportsError } from './rest-api-imports.error';

describe('ImportRestApi / PutRestApi query parsing', () => {
  it.each([
    [{}, { failOnWarnings: false, basePath: 'ignore', ignoreDocumentation: false, endpointTypes: ['EDGE'] }],
    [{ mode: 'import', failonwarnings: 'true' }, { failOnWarnings: true, basePath: 'ignore', ignoreDocumentation: false, endpointTypes: ['EDGE'] }],
    [{ basepath: 'prepend', ignore: 'documentation' }, { failOnWarnings: false, basePath: 'prepend', ignoreDocumentation: true, endpointTypes: ['EDGE'] }],
    [{ basepath: 'SPLIT', endpointConfigurationTypes: 'regional' }, { failOnWarnings: false, basePath: 'split', ignoreDocumentation: false, endpointTypes: ['REGIONAL'] }],
    [{ failonwarnings: 'false', endpointConfigurationTypes: 'PRIVATE' }, { failOnWarnings: false, basePath: 'ignore', ignoreDocumentation: false, endpointTypes: ['PRIVATE'] }],
  ])('import %j -> %j', (query, expected) => {
    expect(parseImportRestApiRequest(query)).toEqual(expected);
  });

  it.each([
    [{ failonwarnings: 'yes' }, /failonwarnings/],
    [{ basepath: 'sideways' }, /basepath/],
    [{ ignore: 'models' }, /ignore/],
    [{ endpointConfigurationTypes: 'LOCAL' }, /endpoint configuration type/],
    [{ basepath: ['ignore', 'split'] }, /given once/],
  ])('import %j is a BadRequestException (%s)', (query, message) => {
    let caught: unknown;
    try {
      parseImportRestApiRequest(query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RestApiImportsError);
    expect(caught).toMatchObject({ errorType: 'BadRequestException', message: expect.stringMatching(message) });
  });

  it.each([
    [{}, 'merge'],
    [{ mode: 'merge' }, 'merge'],
    [{ mode: 'overwrite', failonwarnings: 'true' }, 'overwrite'],
  ])('put %j -> mode %s', (query, mode) => {
    expect(parsePutRestApiRequest(query).mode).toBe(mode);
  });

  it('put refuses an unknown mode', () => {
    expect(() => parsePutRestApiRequest({ mode: 'replace' })).toThrow('Invalid mode: replace. Valid values are: merge, overwrite');
  });
});
