/** The HTTP client test invocations call backends with (one keep-alive pool per origin, closed with the module). */
export const TEST_INVOKE_UPSTREAM = Symbol('TestInvokeUpstream');
/** pino logger for what the pipeline reports while running a test invocation. */
export const TEST_INVOKE_LOGGER = Symbol('TestInvokeLogger');
