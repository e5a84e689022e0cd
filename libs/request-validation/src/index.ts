export { compileMethodValidation } from './compile-method-validation';
export { schemaPatternProblem } from './schema-patterns';
export { validateRequest, MAX_BODY_DEPTH } from './validate-request';
export type {
  CompiledModel,
  CompiledValidation,
  ParameterLocation,
  RequiredParameter,
  ValidationFailure,
  ValidationFailureType,
  ValidationRequest,
} from './validation.types';
