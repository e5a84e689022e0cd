import { encodeCommand } from './resp-frame';
import { RespError, RespReader, type RespValue } from './resp-reader';

const read = (...chunks: string[]): RespValue[] => {
  const replies: RespValue[] = [];
  const reader = new RespReader((value) => replies.push(value));
  for (const chunk of chunks) reader.feed(Buffer.from(chunk));
  return replies;
};

describe('RespReader', () => {
  it.each([
    ['integer', ':42\r\n', 42],
    ['negative integer', ':-1\r\n', -1],
    ['simple string', '+OK\r\n', 'OK'],
    ['bulk string', '$5\r\nhello\r\n', 'hello'],
    ['bulk string with CRLF inside', '$4\r\na\r\nb\r\n', 'a\r\nb'],
    ['multi-byte bulk string (length in bytes)', '$4\r\nü:1\r\n', 'ü:1'],
    ['empty bulk string', '$0\r\n\r\n', ''],
    ['null bulk string', '$-1\r\n', null],
    ['null array', '*-1\r\n', null],
    ['admitted reply', '*2\r\n:1\r\n:-1\r\n', [1, -1]],
    ['throttled reply', '*4\r\n:0\r\n:1\r\n:100\r\n:2\r\n', [0, 1, 100, 2]],
    ['nested array', '*2\r\n*1\r\n:1\r\n$1\r\nx\r\n', [[1], 'x']],
  ])('reads a %s', (_name, wire, expected) => {
    expect(read(wire)).toEqual([expected]);
  });

  it('reads an error reply as a RespError value', () => {
    const [reply] = read('-NOSCRIPT No matching script. Please use EVAL.\r\n');
    expect(reply).toBeInstanceOf(RespError);
    expect((reply as RespError).message).toBe('NOSCRIPT No matching script. Please use EVAL.');
  });

  it('reads many replies from one chunk, in order', () => {
    expect(read('*2\r\n:1\r\n:5\r\n*2\r\n:0\r\n:2\r\n+OK\r\n')).toEqual([[1, 5], [0, 2], 'OK']);
  });

  it('waits for the rest of a reply split at every possible byte', () => {
    const wire = '*4\r\n:0\r\n:1\r\n:1234\r\n:3\r\n$3\r\nabc\r\n-ERR x\r\n';
    for (let cut = 1; cut < wire.length; cut++) {
      const replies = read(wire.slice(0, cut), wire.slice(cut));
      expect(replies.slice(0, 2)).toEqual([[0, 1, 1234, 3], 'abc']);
      expect(replies[2]).toBeInstanceOf(RespError);
    }
  });

  it('reads byte by byte', () => {
    const wire = '*2\r\n:1\r\n:-1\r\n:7\r\n';
    expect(read(...wire.split(''))).toEqual([[1, -1], 7]);
  });

  it('reset drops a partial reply', () => {
    const replies: RespValue[] = [];
    const reader = new RespReader((value) => replies.push(value));
    reader.feed(Buffer.from('*2\r\n:1\r\n'));
    reader.reset();
    reader.feed(Buffer.from(':9\r\n'));
    expect(replies).toEqual([9]);
  });

  it.each([['unknown type byte', '?x\r\n'], ['non-digit in an integer', ':1a\r\n']])('throws on %s', (_name, wire) => {
    expect(() => read(wire)).toThrow(/RESP protocol error/);
  });
});

describe('encodeCommand', () => {
  it('encodes an array of bulk strings with byte lengths', () => {
    expect(encodeCommand(['SET', 'kü', 5])).toBe('*3\r\n$3\r\nSET\r\n$3\r\nkü\r\n$1\r\n5\r\n');
  });
});
