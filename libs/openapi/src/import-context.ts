import type { ModelDefinition } from './api-definition';
import type { JsonObject } from './json-value';
import type { ApiDocumentFlavour } from './parse-api-document';

export type SecuritySchemeKind =
  | { kind: 'apiKey' }
  | { kind: 'iam' }
  /** Already warned about when the scheme was read; methods naming it just ignore it. */
  | { kind: 'unsupported' }
  | { kind: 'authorizer'; authorizationType: 'CUSTOM' | 'COGNITO_USER_POOLS' };

/** Shared, mutable state of one import run: collected errors and warnings, models, security schemes. */
export interface ImportContext {
  doc: JsonObject;
  flavour: ApiDocumentFlavour;
  restApiId: string;
  errors: string[];
  warnings: string[];
  /** model name -> model, in document order; inline schemas add generated models here. */
  models: Map<string, ModelDefinition>;
  securitySchemes: Map<string, SecuritySchemeKind>;
  validatorNames: Set<string>;
  defaultValidatorName?: string;
}
