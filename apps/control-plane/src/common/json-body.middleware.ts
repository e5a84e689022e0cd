import type { NextFunction, Response } from 'express';
import type { ControlPlaneRequest } from './control-plane-request';
import { RequestError, RequestErrorCode } from './request.error';

/**
 * Reads the body once, keeps the raw bytes (SigV4 needs them) and parses JSON whatever the Content-Type,
 * because AWS SDKs and CLIs differ in what they send. Problems are recorded, not answered here, so that
 * authentication errors still win over body errors.
 */
export function jsonBodyMiddleware(maxBytes: number) {
  return (req: ControlPlaneRequest, _res: Response, next: NextFunction): void => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('error', next);
    req.on('end', () => {
      req.rawBody = tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks);
      req.body = undefined;
      if (tooLarge) {
        req.bodyError = new RequestError(RequestErrorCode.BodyTooLarge, `Request body exceeds the limit of ${maxBytes} bytes`);
      } else if (req.rawBody.length > 0) {
        const text = req.rawBody.toString('utf8');
        try {
          req.body = text.trim() === '' ? undefined : JSON.parse(text);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          req.bodyError = new RequestError(RequestErrorCode.MalformedJson, `Could not parse request body into json: ${detail}`);
        }
      }
      next();
    });
  };
}
