import { checkProperties, locationKey, parseLocation } from './documentation-location';

describe('parseLocation', () => {
  it.each([
    [{ type: 'API' }, { type: 'API' }],
    [{ type: 'RESOURCE' }, { type: 'RESOURCE', path: '/' }],
    [{ type: 'METHOD', path: '/pets', method: 'get' }, { type: 'METHOD', path: '/pets', method: 'GET' }],
    [{ type: 'RESPONSE_HEADER', name: 'x-a' }, { type: 'RESPONSE_HEADER', path: '/', method: '*', statusCode: '*', name: 'x-a' }],
    [{ type: 'RESPONSE', statusCode: '404' }, { type: 'RESPONSE', path: '/', method: '*', statusCode: '404' }],
    [{ type: 'REQUEST_BODY' }, { type: 'REQUEST_BODY', path: '/', method: '*' }],
    [{ type: 'MODEL', name: 'Pet' }, { type: 'MODEL', name: 'Pet' }],
    [{ type: 'AUTHORIZER', name: 'a' }, { type: 'AUTHORIZER', name: 'a' }],
  ])('fills defaults for %j', (input, expected) => {
    expect(parseLocation(input)).toEqual(expected);
  });

  it.each([
    [undefined, 'Documentation part location must be specified'],
    [{}, 'Documentation part location type must be specified'],
    [{ type: 'api' }, "Value 'api' at 'location.type'"],
    [{ type: 'API', method: 'GET' }, "'method' is not a valid field for a documentation part of type API"],
    [{ type: 'MODEL', name: 'Pet', path: '/' }, "'path' is not a valid field"],
    [{ type: 'RESOURCE', name: 'x' }, "'name' is not a valid field"],
    [{ type: 'QUERY_PARAMETER' }, "'name' is required for a documentation part of type QUERY_PARAMETER"],
    [{ type: 'RESOURCE', path: 'pets' }, 'Invalid location path specified: pets'],
    [{ type: 'METHOD', method: 'FETCH' }, 'Invalid location method specified: FETCH'],
    [{ type: 'RESPONSE', statusCode: '2xx' }, 'Invalid location status code specified: 2xx'],
    [{ type: 'API', path: 7 }, "Invalid value for 'location.path'"],
  ])('refuses %j', (input, message) => {
    expect(() => parseLocation(input)).toThrow(expect.objectContaining({ errorType: 'BadRequestException', message: expect.stringContaining(message) }));
  });

  it('gives equal locations equal keys and different ones different keys', () => {
    expect(locationKey(parseLocation({ type: 'RESOURCE' }))).toBe(locationKey(parseLocation({ type: 'RESOURCE', path: '/' })));
    expect(locationKey(parseLocation({ type: 'MODEL', name: 'A' }))).not.toBe(locationKey(parseLocation({ type: 'AUTHORIZER', name: 'A' })));
  });
});

describe('checkProperties', () => {
  it('accepts JSON objects as strings only', () => {
    expect(checkProperties('{"a":1}')).toBe('{"a":1}');
    expect(() => checkProperties({ a: 1 })).toThrow('must be specified as a JSON string');
    expect(() => checkProperties('[1]')).toThrow('Documentation content must be a JSON object');
    expect(() => checkProperties('{')).toThrow('Documentation content must be a JSON object');
  });
});
