import Ajv from 'ajv-draft-04';
import type { Snapshot } from '@tollgate/model';
import { addDraft4Formats } from './draft4-formats';
import { normalizeSchema } from './normalize-schema';
import { schemaRegExp } from './schema-regexp';
import { toMessages } from './schema-error-messages';
import type { CompiledModel } from './validation.types';

/** Compiled models per snapshot object: each model compiles once however many methods use it. */
const CACHE = new WeakMap<Snapshot, ModelCompiler>();

interface ModelCompiler {
  readonly ajv: Ajv;
  readonly models: Map<string, CompiledModel | Error>;
}

/**
 * The compiled model `name` of `snapshot`, or an Error saying why it cannot be used (unknown model,
 * schema ajv cannot compile). Compiling happens here, at snapshot load, never per request.
 */
export function compiledModel(snapshot: Snapshot, name: string): CompiledModel | Error {
  let compiler = CACHE.get(snapshot);
  if (!compiler) {
    compiler = { ajv: createAjv(), models: new Map() };
    CACHE.set(snapshot, compiler);
  }
  let model = compiler.models.get(name);
  if (!model) {
    model = compile(compiler.ajv, snapshot, name);
    compiler.models.set(name, model);
  }
  return model;
}

function createAjv(): Ajv {
  const ajv = new Ajv({
    // Models are user schemas: unknown keywords and formats are ignored, as AWS does, and never logged.
    strict: false,
    logger: false,
    validateSchema: false,
    allErrors: true,
    verbose: true,
    messages: false,
    // ECMA 262 patterns as the Java validator reads them, without the u flag's stricter escapes.
    unicodeRegExp: false,
    // User patterns run on request bodies: linear-time engine, never the backtracking default.
    code: { regExp: schemaRegExp },
  });
  addDraft4Formats(ajv);
  return ajv;
}

function compile(ajv: Ajv, snapshot: Snapshot, name: string): CompiledModel | Error {
  const model = Object.prototype.hasOwnProperty.call(snapshot.models, name) ? snapshot.models[name] : undefined;
  if (!model) return new Error(`Invalid model name specified: ${name}`);
  if (model.schema === null || typeof model.schema !== 'object' || Array.isArray(model.schema)) {
    return new Error(`Model ${name} has a schema that is not a JSON object`);
  }
  try {
    const schema = normalizeSchema(model.schema) as object;
    const validate = ajv.compile(schema);
    const check = (value: unknown): string[] | undefined => (validate(value) ? undefined : toMessages(validate.errors ?? [], value, schema));
    return { name, check };
  } catch (error) {
    // Includes a schema nested too deep to walk: the loader logs it, requests are not failed with a 500.
    return new Error(`Model ${name} cannot be compiled: ${error instanceof Error ? error.message : String(error)}`);
  }
}
