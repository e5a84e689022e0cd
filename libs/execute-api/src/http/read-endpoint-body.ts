import type { Readable } from 'node:stream';
import { MAX_BODY_BYTES } from './read-body';
import { GatewayError } from '../pipeline/gateway-error';

/**
 * Buffers an endpoint body the response mapping must read (template, body mapping, conversion). An
 * endpoint body over API Gateway's 10 MB payload limit, or one that breaks off, is INTEGRATION_FAILURE.
 */
export function readEndpointBody(stream: Readable, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > limit) {
        stream.removeAllListeners('data');
        stream.once('error', () => undefined).destroy();
        reject(new GatewayError('INTEGRATION_FAILURE', undefined, 'endpoint response body over 10 MB'));
        return;
      }
      chunks.push(bytes);
    });
    stream.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    stream.once('error', (error: Error) => reject(new GatewayError('INTEGRATION_FAILURE', undefined, `endpoint body: ${error.message}`)));
  });
}
