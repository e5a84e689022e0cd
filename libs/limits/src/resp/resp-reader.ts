/** A RESP2 reply: integer, simple or bulk string, null, error, or an array of those. */
export type RespValue = number | string | null | RespError | RespValue[];

/** An error reply (`-ERR ...`, `-NOSCRIPT ...`): a value, not a thrown error, until a caller decides. */
export class RespError extends Error {
  override readonly name = 'RespError';
}

const INCOMPLETE = Symbol('incomplete');
type Parsed = RespValue | typeof INCOMPLETE;

const CR = 13;
const MINUS = 45;

/**
 * Incremental RESP2 reply reader: feed it socket chunks, it calls `onReply` once per complete reply, in
 * order. Integers are parsed straight from the bytes (the limiter's replies are small integer arrays), so
 * the common reply allocates nothing but its array. A reply split across chunks is re-read from its start
 * once the rest arrives. Malformed input throws (the connection is then dropped).
 */
export class RespReader {
  private buffer: Buffer | null = null;
  private offset = 0;

  constructor(private readonly onReply: (value: RespValue) => void) {}

  feed(chunk: Buffer): void {
    if (this.buffer === null) {
      this.buffer = chunk;
    } else {
      this.buffer = Buffer.concat([this.buffer.subarray(this.offset), chunk]);
    }
    this.offset = 0;
    const buffer = this.buffer;
    while (this.offset < buffer.length) {
      const start = this.offset;
      const value = this.parse(buffer);
      if (value === INCOMPLETE) {
        this.offset = start;
        return;
      }
      this.onReply(value);
    }
    this.buffer = null;
  }

  /** Drops a partial reply (after a disconnect). */
  reset(): void {
    this.buffer = null;
    this.offset = 0;
  }

  private parse(buffer: Buffer): Parsed {
    if (this.offset >= buffer.length) return INCOMPLETE;
    const type = buffer[this.offset++];
    switch (type) {
      case 0x3a: // ':' integer
        return this.integer(buffer);
      case 0x2a: { // '*' array
        const count = this.integer(buffer);
        if (count === INCOMPLETE) return INCOMPLETE;
        if (count < 0) return null;
        const items: RespValue[] = new Array(count);
        for (let i = 0; i < count; i++) {
          const item = this.parse(buffer);
          if (item === INCOMPLETE) return INCOMPLETE;
          items[i] = item;
        }
        return items;
      }
      case 0x24: { // '$' bulk string
        const length = this.integer(buffer);
        if (length === INCOMPLETE) return INCOMPLETE;
        if (length < 0) return null;
        const end = this.offset + length;
        if (end + 2 > buffer.length) return INCOMPLETE;
        const text = buffer.toString('utf8', this.offset, end);
        this.offset = end + 2;
        return text;
      }
      case 0x2b: // '+' simple string
      case 0x2d: { // '-' error
        const end = buffer.indexOf(CR, this.offset);
        if (end < 0 || end + 1 >= buffer.length) return INCOMPLETE;
        const text = buffer.toString('utf8', this.offset, end);
        this.offset = end + 2;
        return type === 0x2b ? text : new RespError(text);
      }
      default:
        throw new Error(`RESP protocol error: unexpected byte ${type} at ${this.offset - 1}`);
    }
  }

  /** Reads `[-]digits\r\n` at the offset. */
  private integer(buffer: Buffer): number | typeof INCOMPLETE {
    let i = this.offset;
    let negative = false;
    if (i < buffer.length && buffer[i] === MINUS) {
      negative = true;
      i++;
    }
    let value = 0;
    for (; i < buffer.length; i++) {
      const byte = buffer[i];
      if (byte === CR) {
        if (i + 1 >= buffer.length) return INCOMPLETE;
        this.offset = i + 2;
        return negative ? -value : value;
      }
      const digit = byte - 48;
      if (digit < 0 || digit > 9) throw new Error(`RESP protocol error: bad integer byte ${byte}`);
      value = value * 10 + digit;
    }
    return INCOMPLETE;
  }
}
