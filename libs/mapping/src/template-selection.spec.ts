import type { PassthroughBehavior } from '@tollgate/model';
import { compileRequestTemplates, compileTemplateTable, selectRequestTemplate, selectResponseTemplate } from './template-selection';

describe('selectRequestTemplate', () => {
  const JSON_AND_XML = { 'application/json': 'json-template', 'application/XML': 'xml-template' };

  it.each<[string, Record<string, string>, PassthroughBehavior, string | undefined, string]>([
    ['exact match', JSON_AND_XML, 'WHEN_NO_MATCH', 'application/json', 'template:json-template'],
    ['parameters ignored', JSON_AND_XML, 'NEVER', 'application/json; charset=utf-8', 'template:json-template'],
    ['case-insensitive', JSON_AND_XML, 'NEVER', 'Application/Xml', 'template:xml-template'],
    ['missing Content-Type is application/json', JSON_AND_XML, 'NEVER', undefined, 'template:json-template'],
    ['empty Content-Type is application/json', JSON_AND_XML, 'NEVER', '', 'template:json-template'],
    ['WHEN_NO_MATCH without a match passes through', JSON_AND_XML, 'WHEN_NO_MATCH', 'text/plain', 'passthrough'],
    ['WHEN_NO_MATCH without templates passes through', {}, 'WHEN_NO_MATCH', 'text/plain', 'passthrough'],
    ['WHEN_NO_TEMPLATES with templates but no match: 415', JSON_AND_XML, 'WHEN_NO_TEMPLATES', 'text/plain', 'unsupportedMediaType'],
    ['WHEN_NO_TEMPLATES without templates passes through', {}, 'WHEN_NO_TEMPLATES', 'text/plain', 'passthrough'],
    ['WHEN_NO_TEMPLATES with a match', JSON_AND_XML, 'WHEN_NO_TEMPLATES', 'application/xml', 'template:xml-template'],
    ['NEVER without a match: 415', JSON_AND_XML, 'NEVER', 'text/plain', 'unsupportedMediaType'],
    ['NEVER without templates: 415', {}, 'NEVER', 'application/json', 'unsupportedMediaType'],
    ['no wildcard matching for requests', { 'text/*': 't' }, 'NEVER', 'text/plain', 'unsupportedMediaType'],
    ['missing Content-Type without a json template', { 'text/plain': 't' }, 'WHEN_NO_TEMPLATES', undefined, 'unsupportedMediaType'],
  ])('%s', (_name, templates, passthroughBehavior, contentType, expected) => {
    const selection = selectRequestTemplate(compileRequestTemplates({ requestTemplates: templates, passthroughBehavior }), contentType);
    expect(selection.kind === 'template' ? `template:${selection.template}` : selection.kind).toBe(expected);
  });

  it('returns the configured content type key and the compiled template', () => {
    const compiled = compileRequestTemplates({ requestTemplates: { 'Application/JSON': 'abc' }, passthroughBehavior: 'NEVER' }, (s) => s.length);
    expect(selectRequestTemplate(compiled, 'application/json')).toEqual({ kind: 'template', contentType: 'Application/JSON', template: 3 });
  });

  it('defaults passthroughBehavior to WHEN_NO_MATCH', () => {
    expect(selectRequestTemplate(compileRequestTemplates({ requestTemplates: { 'application/json': 'x' } }), 'text/plain').kind).toBe('passthrough');
  });
});

describe('selectResponseTemplate', () => {
  const TEMPLATES = { 'text/html': 'html', 'application/xml': 'xml', 'application/json': 'json', 'image/png': 'png' };

  it.each<[string, Record<string, string>, string | undefined, string | undefined]>([
    ['Accept exact', TEMPLATES, 'application/xml', 'application/xml'],
    ['Accept with parameters and case', TEMPLATES, 'Application/XML;q=0.9', 'application/xml'],
    ['first listed type with a template', TEMPLATES, 'text/csv, text/html, application/xml', 'text/html'],
    ['listed order, not q order', TEMPLATES, 'application/xml;q=0.1, text/html;q=1', 'application/xml'],
    ['q=0 is not acceptable', TEMPLATES, 'text/html;q=0, application/xml', 'application/xml'],
    ['type wildcard takes the first template of that type', TEMPLATES, 'image/*', 'image/png'],
    ['*/* falls back to application/json', TEMPLATES, '*/*', 'application/json'],
    ['no Accept: application/json', TEMPLATES, undefined, 'application/json'],
    ['unknown Accept: application/json', TEMPLATES, 'text/csv', 'application/json'],
    ['no json template: the first one', { 'text/plain': 'p', 'text/html': 'h' }, 'text/csv', 'text/plain'],
    ['single template', { 'application/xml': 'x' }, 'application/json', 'application/xml'],
    ['browser Accept', TEMPLATES, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
    ['no templates', {}, 'application/json', undefined],
  ])('%s', (_name, templates, accept, expected) => {
    expect(selectResponseTemplate(compileTemplateTable(templates), accept)?.contentType).toBe(expected);
  });

  it('returns the template with its content type', () => {
    expect(selectResponseTemplate(compileTemplateTable(TEMPLATES), 'application/xml')).toEqual({ contentType: 'application/xml', template: 'xml' });
  });

  it('keeps the first of two keys that differ only in case', () => {
    const table = compileTemplateTable({ 'application/json': 'a', 'Application/Json': 'b' });
    expect(table.entries).toHaveLength(2);
    expect(selectResponseTemplate(table, 'application/json')?.template).toBe('a');
  });
});
