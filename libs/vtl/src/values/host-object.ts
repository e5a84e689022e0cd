/**
 * An object the template may talk to ($input, $util, $foreach, map entries). Templates reach it only
 * through `getProperty`/`invoke`; its JS members are never looked up by name.
 */
export abstract class HostObject {
  abstract getProperty(name: string): unknown;

  /** Calls an allow-listed method; anything else returns undefined (renders empty). */
  abstract invoke(name: string, args: readonly unknown[]): unknown;

  /** What `$obj` prints. Java would print a class name and hash; we print nothing. */
  toJavaString(): string {
    return '';
  }
}
