import { ExportsError } from './exports.error';
import { parseGetExportRequest } from './get-export.request';

describe('GetExport request parsing', () => {
  it.each([
    ['oas30', undefined, {}, { exportType: 'oas30', format: 'json', extensions: [] }],
    ['swagger', 'application/json', { extensions: 'integrations' }, { exportType: 'swagger', format: 'json', extensions: ['integrations'] }],
    ['oas30', 'application/yaml', { extensions: 'integrations,authorizers' }, { exportType: 'oas30', format: 'yaml', extensions: ['integrations', 'authorizers'] }],
    ['swagger', 'application/x-yaml', { extensions: 'apigateway, postman' }, { exportType: 'swagger', format: 'yaml', extensions: ['apigateway', 'postman'] }],
  ])('%s with Accept %s and %j', (exportType, accept, query, expected) => {
    expect(parseGetExportRequest(exportType, accept, query)).toEqual(expected);
  });

  it.each([
    ['raml', {}, /Invalid export type: raml/],
    ['OAS30', {}, /Invalid export type/],
    ['oas30', { extensions: 'integrations,everything' }, /Invalid extensions: everything/],
    ['oas30', { extensions: ['integrations', 'authorizers'] }, /given once/],
  ])('%s %j is a BadRequestException', (exportType, query, message) => {
    let caught: unknown;
    try {
      parseGetExportRequest(exportType, undefined, query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExportsError);
    expect(caught).toMatchObject({ errorType: 'BadRequestException', message: expect.stringMatching(message) });
  });
});
