/** Thrown by compileRoutes for a path template API Gateway would reject. */
export class RouteCompileError extends Error {
  override readonly name = 'RouteCompileError';

  constructor(
    message: string,
    /** The resource path template that was rejected. */
    readonly path: string,
  ) {
    super(message);
  }
}
