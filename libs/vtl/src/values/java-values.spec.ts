import { parseJsonValue } from '../json/parse-json';
import { formatJavaDouble, JavaDouble, parseNumberToken } from './java-number';
import { javaArithmetic, javaEquals } from './java-operators';
import { toJsonText, toText } from './java-text';

describe('Java number model', () => {
  it.each([
    [1, '1.0'], [2.5, '2.5'], [1000, '1000.0'], [0.001, '0.001'], [0.0001, '1.0E-4'], [1e7, '1.0E7'],
    [12345678.9, '1.23456789E7'], [-0.5, '-0.5'], [0, '0.0'], [-0, '-0.0'], [NaN, 'NaN'], [Infinity, 'Infinity'],
  ])('Double.toString(%p) = %s', (value, text) => {
    expect(formatJavaDouble(value)).toBe(text);
  });

  it('types number tokens like json-smart', () => {
    expect(parseNumberToken('42')).toBe(42);
    expect(parseNumberToken('12345678901234567890')).toBe(12345678901234567890n);
    expect(parseNumberToken('1.50')).toEqual(new JavaDouble(1.5));
    expect(parseNumberToken('-1E2')).toEqual(new JavaDouble(-100));
  });

  it('does integer, long and double arithmetic', () => {
    expect(javaArithmetic('/', 7, 2)).toBe(3);
    expect(javaArithmetic('/', -7, 2)).toBe(-3);
    expect(javaArithmetic('%', -7, 3)).toBe(-1);
    expect(javaArithmetic('*', 9007199254740991, 10)).toBe(90071992547409910n);
    expect(toText(javaArithmetic('+', new JavaDouble(1), 1))).toBe('2.0');
    expect(javaArithmetic('+', 'a', null)).toBeNull();
    expect(javaArithmetic('-', 'a', 'b')).toBeNull();
  });

  it('compares like Velocity 1.7 with AWS null handling', () => {
    expect(javaEquals(1, new JavaDouble(1))).toBe(true);
    expect(javaEquals(12345678901234567890n, 12345678901234567890n)).toBe(true);
    expect(javaEquals(true, 'true')).toBe(true);
    expect(javaEquals(null, '')).toBe(true);
    expect(javaEquals(undefined, null)).toBe(true);
    expect(javaEquals(null, 0)).toBe(false);
    expect(javaEquals([], '')).toBe(false);
  });
});

describe('printing', () => {
  it('prints JSON values from a lossless parse', () => {
    const value = parseJsonValue('{"a": [1, 1.0, "x/y", null, {"b": true}], "c": {"d": 1e400}}');
    expect(toText(value)).toBe('{a=[1,1.0,"x\\/y",null,{"b":true}], c={d=Infinity}}');
    expect(toJsonText(value)).toBe('{"a":[1,1.0,"x\\/y",null,{"b":true}],"c":{"d":Infinity}}');
  });

  it('escapes control and web-unsafe characters in JSON text', () => {
    expect(toJsonText('a"\\\n\u0001\u2028')).toBe('"a\\"\\\\\\n\\u0001\\u2028"');
  });

  it('keeps the last value of a duplicate key', () => {
    expect(toJsonText(parseJsonValue('{"a": 1, "a": 2}'))).toBe('{"a":2}');
  });
});
