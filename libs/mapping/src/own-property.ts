// Parameter names come from users and clients: `constructor` or `__proto__` must read and write plain
// entries, never Object.prototype members.
const hasOwn = Object.prototype.hasOwnProperty;

export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && hasOwn.call(record, key) ? record[key] : undefined;
}

export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
