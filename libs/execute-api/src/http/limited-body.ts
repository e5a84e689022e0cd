import type { IncomingMessage } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';
import { MAX_BODY_BYTES } from './read-body';

/**
 * A streamed request body without a declared length (chunked), cut off at API Gateway's 10 MB limit.
 * The upstream call then fails; `exceeded` lets the integration stage answer 413 rather than 500.
 * The rest of the client's body is drained so the 413 can still be read.
 */
export class LimitedBody extends Transform {
  exceeded = false;
  private size = 0;

  constructor(private readonly source: IncomingMessage, private readonly limit = MAX_BODY_BYTES) {
    super();
    source.once('error', (error) => this.destroy(error));
    source.pipe(this);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size <= this.limit) {
      done(null, chunk);
      return;
    }
    this.exceeded = true;
    this.source.unpipe(this);
    this.source.resume();
    done(new Error(`request body over ${this.limit} bytes`));
  }
}
