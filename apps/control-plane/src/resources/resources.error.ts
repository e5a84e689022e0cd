import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum ResourcesErrorCode {
  NotFound = 'NotFound',
  DuplicatePathPart = 'DuplicatePathPart',
  InvalidPathPart = 'InvalidPathPart',
  VariableSibling = 'VariableSibling',
  GreedyParent = 'GreedyParent',
  RootDeletion = 'RootDeletion',
  RootUpdate = 'RootUpdate',
  InvalidParent = 'InvalidParent',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<ResourcesErrorCode, AwsErrorType> = {
  [ResourcesErrorCode.NotFound]: AwsErrorType.NotFound,
  [ResourcesErrorCode.DuplicatePathPart]: AwsErrorType.Conflict,
  [ResourcesErrorCode.InvalidPathPart]: AwsErrorType.BadRequest,
  [ResourcesErrorCode.VariableSibling]: AwsErrorType.BadRequest,
  [ResourcesErrorCode.GreedyParent]: AwsErrorType.BadRequest,
  [ResourcesErrorCode.RootDeletion]: AwsErrorType.BadRequest,
  [ResourcesErrorCode.RootUpdate]: AwsErrorType.BadRequest,
  [ResourcesErrorCode.InvalidParent]: AwsErrorType.BadRequest,
  [ResourcesErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class ResourcesError extends featureError<ResourcesErrorCode>('ResourcesError', TYPES) {
  static notFound(): ResourcesError {
    return new ResourcesError(ResourcesErrorCode.NotFound, 'Invalid Resource identifier specified');
  }
}
