import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Every response carries `x-amzn-RequestId`, which AWS SDKs surface as `$metadata.requestId`. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('x-amzn-RequestId', randomUUID());
  next();
}
