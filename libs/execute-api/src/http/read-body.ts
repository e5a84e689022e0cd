import type { IncomingMessage } from 'node:http';
import { GatewayError } from '../pipeline/gateway-error';

/** API Gateway's payload limit. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Buffers the request body, for the few cases that need all of it; over 10 MB is REQUEST_TOO_LARGE. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new GatewayError('REQUEST_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.once('error', (error) => reject(new GatewayError('INTEGRATION_FAILURE', undefined, `request body: ${error.message}`)));
  });
}
