import type { NextFunction, Response } from 'express';
import { AWS_ERROR_STATUS } from './api-error';
import type { ControlPlaneRequest } from './control-plane-request';
import { RequestError, RequestErrorCode } from './request.error';

/**
 * Reads the body once, keeps the raw bytes (SigV4 needs them) and parses JSON whatever the Content-Type,
 * because AWS SDKs and CLIs differ in what they send. Malformed JSON is recorded, not answered here, so
 * authentication errors still win; an oversized body is answered at once (it cannot be verified anyway).
 */
export function jsonBodyMiddleware(maxBytes: number) {
  return (req: ControlPlaneRequest, res: Response, next: NextFunction): void => {
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
      if (tooLarge) {
        const error = new RequestError(RequestErrorCode.BodyTooLarge, `Request body exceeds the limit of ${maxBytes} bytes`);
        res.status(AWS_ERROR_STATUS[error.errorType]).setHeader('x-amzn-ErrorType', error.errorType);
        res.setHeader('Content-Type', 'application/json');
        res.send(JSON.stringify({ message: error.message }));
        return;
      }
      req.rawBody = Buffer.concat(chunks);
      req.body = undefined;
      if (req.rawBody.length > 0) {
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
