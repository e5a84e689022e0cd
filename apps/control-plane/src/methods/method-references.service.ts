import { Injectable } from '@nestjs/common';
import { AuthorizerRepository, ModelRepository, RequestValidatorRepository, type TenantScope } from '@tollgate/persistence';
import { MethodsError } from './methods.error';

/** What a method (or method response) points at by id or name; each must exist in the same REST API. */
export interface MethodReferences {
  authorizationType?: string;
  authorizerId?: string | null;
  requestValidatorId?: string | null;
  /** requestModels or responseModels: content type -> model name. */
  models?: Record<string, string>;
}

const AUTHORIZER_MESSAGE = 'Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.';

/** PutMethod/UpdateMethod/Put- and UpdateMethodResponse reference checks, with AWS's BadRequest wording. */
@Injectable()
export class MethodReferencesService {
  constructor(
    private readonly authorizers: AuthorizerRepository,
    private readonly validators: RequestValidatorRepository,
    private readonly models: ModelRepository,
  ) {}

  async check(scope: TenantScope, restApiId: string, references: MethodReferences): Promise<void> {
    const { authorizationType, authorizerId } = references;
    if (authorizationType === 'CUSTOM' || authorizationType === 'COGNITO_USER_POOLS') {
      const authorizer = authorizerId ? await this.authorizers.find(scope, restApiId, authorizerId) : null;
      // CUSTOM takes a Lambda (TOKEN or REQUEST) authorizer, COGNITO_USER_POOLS a Cognito one.
      if (!authorizer || (authorizer.type === 'COGNITO_USER_POOLS') !== (authorizationType === 'COGNITO_USER_POOLS')) {
        throw MethodsError.invalid(AUTHORIZER_MESSAGE);
      }
    }
    const validatorId = references.requestValidatorId;
    if (validatorId && !(await this.validators.find(scope, restApiId, validatorId))) {
      throw MethodsError.invalid('Invalid Request Validator identifier specified');
    }
    // Sequential on purpose: a method names a handful of models at most.
    for (const name of new Set(Object.values(references.models ?? {}))) {
      if (!(await this.models.findByName(scope, restApiId, name))) throw MethodsError.invalid(`Invalid model identifier specified: ${name}`);
    }
  }
}
