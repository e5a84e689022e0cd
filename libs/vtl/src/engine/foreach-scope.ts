import { HostObject } from '../values/host-object';

/** `$foreach` inside a loop: index, count, hasNext, first, last (Velocity 1.7 ForeachScope). */
export class ForeachScope extends HostObject {
  constructor(private readonly index: number, private readonly size: number) {
    super();
  }

  getProperty(name: string): unknown {
    switch (name) {
      case 'index': return this.index;
      case 'count': return this.index + 1;
      case 'hasNext': return this.index + 1 < this.size;
      case 'first': return this.index === 0;
      case 'last': return this.index + 1 === this.size;
      default: return undefined;
    }
  }

  invoke(name: string, args: readonly unknown[]): unknown {
    if (args.length > 0) return undefined;
    if (name === 'hasNext') return this.getProperty('hasNext');
    const bean = /^(?:get|is)([A-Z]\w*)$/.exec(name);
    return bean ? this.getProperty(bean[1][0].toLowerCase() + bean[1].slice(1)) : undefined;
  }
}
