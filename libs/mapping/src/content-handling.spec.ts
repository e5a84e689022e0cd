import type { ContentHandling } from '@tollgate/model';
import { convertRequestBody, convertResponseBody, fromBase64, payloadBytes, payloadTextForTemplate, type Payload } from './content-handling';
import { MappingError } from './mapping-error';

const BINARY = ['image/png'];
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);
const PNG_BASE64 = 'iVBOR/8A';
const bytes = (text: string) => new TextEncoder().encode(text);
const describePayload = (payload: Payload) => (payload.kind === 'text' ? `text:${payload.text}` : `binary:${Buffer.from(payload.bytes).toString('hex')}`);

describe('convertRequestBody (AWS content type conversion table, request)', () => {
  it.each<[string, Uint8Array, string | undefined, string[], ContentHandling | undefined, string]>([
    ['text, no binary types, no handling: UTF-8 text', bytes('{"a":1}'), 'application/json', [], undefined, 'text:{"a":1}'],
    ['text, no binary types, CONVERT_TO_BINARY: base64-decoded', bytes(PNG_BASE64), 'text/plain', [], 'CONVERT_TO_BINARY', 'binary:89504e47ff00'],
    ['text, no binary types, CONVERT_TO_TEXT: text', bytes('hi'), 'text/plain', [], 'CONVERT_TO_TEXT', 'text:hi'],
    ['text type, binary types set, no handling: text', bytes('hi'), 'text/plain', BINARY, undefined, 'text:hi'],
    ['text type, binary types set, CONVERT_TO_BINARY: decoded', bytes('aGk='), 'text/plain', BINARY, 'CONVERT_TO_BINARY', 'binary:6869'],
    ['text type, binary types set, CONVERT_TO_TEXT: text', bytes('hi'), 'text/plain', BINARY, 'CONVERT_TO_TEXT', 'text:hi'],
    ['binary type, no handling: binary', PNG, 'image/png', BINARY, undefined, 'binary:89504e47ff00'],
    ['binary type, CONVERT_TO_BINARY: binary', PNG, 'image/png', BINARY, 'CONVERT_TO_BINARY', 'binary:89504e47ff00'],
    ['binary type, CONVERT_TO_TEXT: base64 text', PNG, 'image/png', BINARY, 'CONVERT_TO_TEXT', `text:${PNG_BASE64}`],
    ['binary type with parameters', PNG, 'image/png; x=y', BINARY, 'CONVERT_TO_TEXT', `text:${PNG_BASE64}`],
    ['no Content-Type is text', bytes('x'), undefined, BINARY, undefined, 'text:x'],
    ['empty body', new Uint8Array(0), 'text/plain', [], 'CONVERT_TO_BINARY', 'binary:'],
    ['invalid UTF-8 text is decoded leniently', Uint8Array.from([0x61, 0xff]), 'text/plain', [], undefined, 'text:a\uFFFD'],
  ])('%s', (_name, body, contentType, binaryMediaTypes, contentHandling, expected) => {
    expect(describePayload(convertRequestBody({ body, contentType, binaryMediaTypes, contentHandling }))).toBe(expected);
  });

  it('answers 500 for a CONVERT_TO_BINARY body that is not base64', () => {
    const run = () => convertRequestBody({ body: bytes('not base64!'), contentType: 'text/plain', binaryMediaTypes: [], contentHandling: 'CONVERT_TO_BINARY' });
    expect(run).toThrow(expect.objectContaining({ code: 'INVALID_BASE64', statusCode: 500, responseType: 'API_CONFIGURATION_ERROR' }));
  });
});

describe('convertResponseBody (AWS content type conversion table, response)', () => {
  it.each<[string, Uint8Array | string, string | undefined, string | undefined, string[], ContentHandling | undefined, string]>([
    // binaryMediaTypes undefined: every payload is text
    ['no binary types, no handling: text', bytes('ok'), 'application/json', 'application/json', [], undefined, 'text:ok'],
    ['no binary types, CONVERT_TO_BINARY: decoded', bytes('aGk='), 'text/plain', 'text/plain', [], 'CONVERT_TO_BINARY', 'binary:6869'],
    ['no binary types, CONVERT_TO_TEXT: text', bytes('ok'), 'text/plain', 'text/plain', [], 'CONVERT_TO_TEXT', 'text:ok'],
    // text payload
    ['text payload, text Accept, no handling: text', bytes('ok'), 'text/plain', 'text/plain', BINARY, undefined, 'text:ok'],
    ['text payload, text Accept, CONVERT_TO_BINARY: decoded', bytes('aGk='), 'text/plain', 'text/plain', BINARY, 'CONVERT_TO_BINARY', 'binary:6869'],
    ['text payload, text Accept, CONVERT_TO_TEXT: text', bytes('ok'), 'text/plain', 'text/plain', BINARY, 'CONVERT_TO_TEXT', 'text:ok'],
    ['text payload, binary Accept, no handling: decoded', bytes(PNG_BASE64), 'text/plain', 'image/png', BINARY, undefined, 'binary:89504e47ff00'],
    ['text payload, binary Accept, CONVERT_TO_BINARY: decoded', bytes(PNG_BASE64), 'text/plain', 'image/png', BINARY, 'CONVERT_TO_BINARY', 'binary:89504e47ff00'],
    ['text payload, binary Accept, CONVERT_TO_TEXT: text', bytes('ok'), 'text/plain', 'image/png', BINARY, 'CONVERT_TO_TEXT', 'text:ok'],
    // binary payload
    ['binary payload, text Accept, no handling: base64', PNG, 'image/png', 'text/plain', BINARY, undefined, `text:${PNG_BASE64}`],
    ['binary payload, text Accept, CONVERT_TO_BINARY: binary', PNG, 'image/png', 'text/plain', BINARY, 'CONVERT_TO_BINARY', 'binary:89504e47ff00'],
    ['binary payload, text Accept, CONVERT_TO_TEXT: base64', PNG, 'image/png', 'text/plain', BINARY, 'CONVERT_TO_TEXT', `text:${PNG_BASE64}`],
    ['binary payload, binary Accept, no handling: binary', PNG, 'image/png', 'image/png', BINARY, undefined, 'binary:89504e47ff00'],
    ['binary payload, binary Accept, CONVERT_TO_BINARY: binary', PNG, 'image/png', 'image/png', BINARY, 'CONVERT_TO_BINARY', 'binary:89504e47ff00'],
    ['binary payload, binary Accept, CONVERT_TO_TEXT: base64', PNG, 'image/png', 'image/png', BINARY, 'CONVERT_TO_TEXT', `text:${PNG_BASE64}`],
    // details
    ['only the first Accept type counts', PNG, 'image/png', 'text/html, image/png', BINARY, undefined, `text:${PNG_BASE64}`],
    ['no Accept is not binary', PNG, 'image/png', undefined, BINARY, undefined, `text:${PNG_BASE64}`],
    ['a rendered template (string) is text', '{"a":1}', 'image/png', 'text/plain', BINARY, undefined, 'text:{"a":1}'],
    ['base64 with line breaks', bytes('aG\r\nk='), 'text/plain', 'image/png', BINARY, undefined, 'binary:6869'],
  ])('%s', (_name, body, contentType, accept, binaryMediaTypes, contentHandling, expected) => {
    expect(describePayload(convertResponseBody({ body, contentType, accept, binaryMediaTypes, contentHandling }))).toBe(expected);
  });

  it.each(['not base64!', 'aGk', 'a===', '=aGk'])('answers 500 when %j must be base64-decoded', (text) => {
    const run = () => convertResponseBody({ body: bytes(text), contentType: 'text/plain', accept: 'image/png', binaryMediaTypes: BINARY, contentHandling: undefined });
    expect(run).toThrow(MappingError);
  });
});

describe('payload helpers', () => {
  it('gives templates the text, or UTF-8 binary as text', () => {
    expect(payloadTextForTemplate({ kind: 'text', text: 'x' })).toBe('x');
    expect(payloadTextForTemplate({ kind: 'binary', bytes: bytes('héllo') })).toBe('héllo');
  });

  it('refuses a non-UTF-8 binary body for a template with 500', () => {
    expect(() => payloadTextForTemplate({ kind: 'binary', bytes: PNG })).toThrow(expect.objectContaining({ code: 'BINARY_BODY_FOR_TEMPLATE', statusCode: 500 }));
  });

  it('turns payloads into bytes', () => {
    expect(Buffer.from(payloadBytes({ kind: 'text', text: 'é' })).toString('hex')).toBe('c3a9');
    expect(payloadBytes({ kind: 'binary', bytes: PNG })).toBe(PNG);
  });

  it.each([['', ''], ['aGk=', '6869'], ['aGVsbG8=', '68656c6c6f'], [' aGVs\nbG8= ', '68656c6c6f']])('fromBase64(%j)', (text, hex) => {
    expect(Buffer.from(fromBase64(text)).toString('hex')).toBe(hex);
  });
});
