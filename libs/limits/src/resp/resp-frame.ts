/** RESP2 encoding of a command: an array of bulk strings. */
export function encodeCommand(parts: ReadonlyArray<string | number>): string {
  let frame = `*${parts.length}\r\n`;
  for (const part of parts) frame += bulk(String(part));
  return frame;
}

/** One bulk string; the length is in bytes, so keys with non-ASCII characters stay framed correctly. */
export function bulk(text: string): string {
  return `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
}
