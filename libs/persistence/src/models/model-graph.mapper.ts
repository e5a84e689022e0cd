import type { GraphModel } from '@tollgate/snapshot-compiler';
import type { ModelEntity } from './model.entity';

/** A stored model as the snapshot compiler takes it (the schema was validated as JSON when written). */
export function toGraphModel(model: ModelEntity): GraphModel {
  return { name: model.name, contentType: model.contentType, schema: parseSchema(model.schema) };
}

function parseSchema(schema: string | null): unknown {
  if (schema === null || schema.trim() === '') return {};
  try {
    return JSON.parse(schema) as unknown;
  } catch {
    // Non-JSON content types may carry free text; the data plane only validates JSON bodies.
    return {};
  }
}
