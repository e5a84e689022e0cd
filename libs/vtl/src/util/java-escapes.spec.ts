import { escapeJavaScript } from './escape-java-script';
import { urlDecode, urlEncode } from './url-codec';

describe('commons-lang escapeJavaScript', () => {
  it.each([
    ["it's", "it\\'s"],
    ['"/\\', '\\"\\/\\\\'],
    ['\u0000\u001f\u007f', '\\u0000\\u001F\u007f'],
    ['\u00ff\u0100\u0fff\u1000', '\\u00FF\\u0100\\u0FFF\\u1000'],
    ['plain text', 'plain text'],
  ])('%p', (input, output) => {
    expect(escapeJavaScript(input)).toBe(output);
  });
});

describe('java.net.URLEncoder / URLDecoder', () => {
  it('encodes everything but A-Za-z0-9.-*_', () => {
    expect(urlEncode("AZaz09.-*_ ~!'()")).toBe('AZaz09.-*_+%7E%21%27%28%29');
  });

  it('round-trips UTF-8', () => {
    const text = 'ünï cødé ✓ 😀 a+b=c&d';
    expect(urlDecode(urlEncode(text))).toBe(text);
  });
});
