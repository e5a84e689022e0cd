import { HostObject } from '../values/host-object';
import { toText } from '../values/java-text';

/** A Map.Entry from entrySet(): `$e.key`, `$e.value`, `$e.getKey()`, `$e.getValue()`. */
export class MapEntry extends HostObject {
  constructor(private readonly key: string, private readonly value: unknown) {
    super();
  }

  getProperty(name: string): unknown {
    if (name === 'key') return this.key;
    if (name === 'value') return this.value;
    return undefined;
  }

  invoke(name: string): unknown {
    if (name === 'getKey') return this.key;
    if (name === 'getValue') return this.value;
    if (name === 'toString') return this.toJavaString();
    return undefined;
  }

  override toJavaString(): string {
    return `${this.key}=${this.value === null || this.value === undefined ? 'null' : toText(this.value)}`;
  }
}
