import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { EndpointResponse } from '../pipeline/context';
import type { ExecutionTrace } from '../pipeline/execution-trace';
import { MAX_BODY_BYTES } from '../http/read-body';
import { UpstreamError, type UpstreamClient, type UpstreamRequest } from '../integrations/upstream-client';
import { flatToMap, formatMap } from './execution-log';

/**
 * Wraps the real upstream client for one test invocation: buffers both bodies (test invoke returns
 * and logs them whole) and writes the endpoint lines of the execution log around the real call.
 * Closing it leaves the shared inner client open; its owner closes that.
 */
export class RecordingUpstreamClient implements UpstreamClient {
  constructor(private readonly inner: UpstreamClient, private readonly trace: ExecutionTrace) {}

  async request(request: UpstreamRequest): Promise<EndpointResponse> {
    const body = request.body === undefined || Buffer.isBuffer(request.body) ? request.body : await readAll(request.body);
    const uri = `${request.origin}${request.path}`;
    this.trace.add(`Endpoint request URI: ${uri}`);
    this.trace.add(`Endpoint request headers: ${formatMap(flatToMap(request.headers))}`);
    this.trace.add(`Endpoint request body after transformations: ${body === undefined ? '' : body.toString('utf8')}`);
    this.trace.add(`Sending request to ${uri}`);
    const started = performance.now();
    const response = await this.inner.request({ ...request, body });
    const responseBody = typeof response.body === 'string' ? Buffer.from(response.body) : Buffer.isBuffer(response.body) ? response.body : await readAll(response.body);
    this.trace.add(`Received response. Status: ${response.statusCode}, Integration latency: ${Math.round(performance.now() - started)} ms`);
    this.trace.add(`Endpoint response headers: ${formatMap(response.headers)}`);
    this.trace.add(`Endpoint response body before transformations: ${responseBody.toString('utf8')}`);
    // Same shape as the real client's answer: a stream (Buffers stay Buffers).
    return { statusCode: response.statusCode, headers: response.headers, body: Buffer.isBuffer(response.body) ? responseBody : Readable.from([responseBody]) };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Buffers a body up to API Gateway's 10 MB; failures become UpstreamError like the real client's. */
export function readAll(stream: Readable, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limit) {
        stream.destroy();
        reject(new UpstreamError('failure', `body larger than ${limit} bytes`));
        return;
      }
      chunks.push(buffer);
    });
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', (error: Error & { code?: string }) => {
      reject(new UpstreamError(error.code === 'UND_ERR_BODY_TIMEOUT' ? 'timeout' : 'failure', error.message));
    });
  });
}
