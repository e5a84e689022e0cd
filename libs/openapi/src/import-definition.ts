import type { ApiDefinition, ResourceDefinition } from './api-definition';
import { importApiExtensions } from './import-api-extensions';
import type { ImportContext } from './import-context';
import { ImportError } from './import-error';
import { importPathItem } from './import-methods';
import { importModels } from './import-models';
import { importSecuritySchemes } from './import-security';
import { asObject, asString, compact, isObject, type JsonObject } from './json-value';
import type { ApiDocument } from './parse-api-document';

export type BasePathMode = 'ignore' | 'prepend' | 'split';

export interface ImportOptions {
  /** Roll back (throw) when there are warnings; AWS's failonwarnings, default false. */
  failOnWarnings?: boolean;
  /** Id of the API being created or updated: model references become AWS model URLs that contain it. */
  restApiId?: string;
  /** ImportRestApi `parameters.basepath`: how the document's base path affects resource paths. Default ignore. */
  basePath?: BasePathMode;
  /** ImportRestApi `parameters.ignore=documentation`. */
  ignoreDocumentation?: boolean;
}

export interface ImportResult {
  definition: ApiDefinition;
  warnings: string[];
}

/** Placeholder used in model URLs when the caller has no API id yet. */
export const UNKNOWN_REST_API_ID = '{restapi_id}';

/**
 * A parsed Swagger 2.0 / OpenAPI 3.0 document -> ApiDefinition, as AWS ImportRestApi reads it.
 * Problems that stop AWS are collected and thrown together as one ImportError; minor ones are warnings.
 */
export function importDefinition(document: ApiDocument, options: ImportOptions = {}): ImportResult {
  const doc = document as unknown as JsonObject;
  const ctx: ImportContext = {
    doc,
    flavour: doc['swagger'] !== undefined ? 'swagger' : 'oas30',
    restApiId: options.restApiId ?? UNKNOWN_REST_API_ID,
    errors: [],
    warnings: [],
    models: new Map(),
    securitySchemes: new Map(),
    validatorNames: new Set(),
  };
  const title = asString(asObject(doc['info'])['title']);
  if (title === undefined || title.trim() === '') ctx.errors.push('Unable to create API: the document has no info.title to name it');
  importModels(ctx);
  const apiLevel = importApiExtensions(ctx, { ignoreDocumentation: options.ignoreDocumentation === true });
  const authorizers = importSecuritySchemes(ctx);
  const resources = importResources(ctx, basePathPrefix(ctx, options.basePath ?? 'ignore'));
  if (ctx.errors.length > 0) throw ImportError.errors(ctx.errors);
  if (options.failOnWarnings === true && ctx.warnings.length > 0) throw ImportError.warnings(ctx.warnings);

  const info = asObject(doc['info']);
  const definition: ApiDefinition = compact<ApiDefinition>({
    name: asString(info['title']) ?? '',
    description: asString(info['description']),
    version: asString(info['version']),
    ...apiLevel,
    resources,
    models: [...ctx.models.values()],
    authorizers,
  });
  return { definition, warnings: ctx.warnings };
}

const PATH_PART = /^(?:[a-zA-Z0-9._:,-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

function importResources(ctx: ImportContext, prefix: string): ResourceDefinition[] {
  const byPath = new Map<string, ResourceDefinition>([['/', { path: '/', methods: {} }]]);
  for (const [rawPath, item] of Object.entries(asObject(ctx.doc['paths']))) {
    if (rawPath.startsWith('x-')) continue;
    const path = normalisePath(prefix + rawPath);
    if (!validPath(ctx, rawPath, path)) continue;
    ensureResource(byPath, path);
    const resource = byPath.get(path) as ResourceDefinition;
    Object.assign(resource.methods, importPathItem(ctx, path, item));
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function normalisePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function validPath(ctx: ImportContext, rawPath: string, path: string): boolean {
  if (!rawPath.startsWith('/')) {
    ctx.errors.push(`Unable to create resource at path '${rawPath}': Resource paths must begin with '/'`);
    return false;
  }
  const parts = path === '/' ? [] : path.slice(1).split('/');
  for (const [i, part] of parts.entries()) {
    if (!PATH_PART.test(part)) {
      ctx.errors.push(`Unable to create resource at path '${path}': Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.`);
      return false;
    }
    if (part.endsWith('+}') && i !== parts.length - 1) {
      ctx.errors.push(`Unable to create resource at path '${path}': A greedy path parameter must be the last path part`);
      return false;
    }
  }
  return true;
}

/** AWS creates every intermediate resource (`/a` and `/a/b` for `/a/b/c`). */
function ensureResource(byPath: Map<string, ResourceDefinition>, path: string): void {
  const parts = path.split('/').filter((p) => p !== '');
  for (let i = 1; i <= parts.length; i += 1) {
    const p = `/${parts.slice(0, i).join('/')}`;
    if (!byPath.has(p)) byPath.set(p, { path: p, methods: {} });
  }
}

/** The document's base path: Swagger `basePath`, or the path of the first OAS 3 server URL. */
function basePathPrefix(ctx: ImportContext, mode: BasePathMode): string {
  if (mode === 'ignore') return '';
  let base = '';
  if (ctx.flavour === 'swagger') base = asString(ctx.doc['basePath']) ?? '';
  else {
    const server = Array.isArray(ctx.doc['servers']) ? asObject(ctx.doc['servers'][0]) : {};
    base = serverPath(asString(server['url']) ?? '', asObject(server['variables']));
  }
  const parts = base.split('/').filter((p) => p !== '');
  // split: the first part names the stage, the rest is prepended to every path.
  const kept = mode === 'split' ? parts.slice(1) : parts;
  return kept.length === 0 ? '' : `/${kept.join('/')}`;
}

function serverPath(url: string, variables: JsonObject): string {
  const expanded = url.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const variable = variables[name];
    return isObject(variable) ? (asString(variable['default']) ?? '') : '';
  });
  const match = /^[a-z]+:\/\/[^/]*(\/.*)?$/i.exec(expanded);
  return match ? (match[1] ?? '') : expanded;
}
