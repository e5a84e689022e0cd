/** Base class of every error this library throws, so callers can catch one type. */
export class VtlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The template text cannot be parsed. Raised by `compileTemplate`, i.e. at snapshot load. */
export class VtlCompileError extends VtlError {}

/** Rendering failed (a Java-style exception in a method, invalid JSON for parseJson, ...). */
export class VtlRenderError extends VtlError {}

/** Rendering exceeded its time, output or collection budget. */
export class VtlLimitError extends VtlRenderError {}
