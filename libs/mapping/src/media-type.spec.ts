import { acceptedMediaTypes, isBinaryMediaType, mediaType } from './media-type';

describe('isBinaryMediaType', () => {
  it.each<[string | undefined, string[], boolean]>([
    ['image/png', ['image/png'], true],
    ['IMAGE/PNG', ['image/png'], true],
    ['image/png; q=1', ['image/png'], true],
    ['image/png', ['Image/PNG'], true],
    ['image/jpeg', ['image/png'], false],
    ['image/jpeg', ['image/*'], true],
    ['image/svg+xml', ['image/*'], true],
    ['imagex/png', ['image/*'], false],
    ['application/octet-stream', ['application/octet-stream'], true],
    ['application/octet-stream', ['*/*'], false], // */* entries only match exactly (§11)
    ['*/*', ['*/*'], true],
    ['text/html', ['*/*', 'image/*'], false],
    ['image/webp,image/*,*/*;q=0.8', ['image/webp'], true], // only the first Accept type counts
    ['text/html,image/png', ['image/png'], false],
    ['image/png', [], false],
    [undefined, ['image/png'], false],
    ['', ['image/png'], false],
    ['png', ['png'], false],
    ['image/', ['image/*'], false],
    ['application/pdf', ['image/png', 'application/pdf'], true],
  ])('%j in %j: %s', (value, types, expected) => {
    expect(isBinaryMediaType(value, types)).toBe(expected);
  });
});

describe('mediaType', () => {
  it.each<[string | undefined, string]>([
    ['application/json', 'application/json'],
    [' Application/JSON ; charset=UTF-8', 'application/json'],
    ['text/plain;', 'text/plain'],
    [undefined, ''],
    ['', ''],
  ])('%j -> %j', (value, expected) => {
    expect(mediaType(value)).toBe(expected);
  });
});

describe('acceptedMediaTypes', () => {
  it.each<[string | undefined, string[]]>([
    ['application/json', ['application/json']],
    ['text/html, application/xml;q=0.9, */*;q=0.8', ['text/html', 'application/xml', '*/*']],
    ['text/html;q=0, application/json', ['application/json']],
    ['text/html;q=0.0, text/plain;q=0.01', ['text/plain']],
    ['a/b;level=1;q=0', []],
    [' , ,text/plain', ['text/plain']],
    [undefined, []],
    ['', []],
  ])('%j -> %j', (value, expected) => {
    expect(acceptedMediaTypes(value)).toEqual(expected);
  });
});
