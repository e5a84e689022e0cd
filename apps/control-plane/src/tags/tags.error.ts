import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum TagsErrorCode {
  InvalidArn = 'InvalidArn',
  ResourceNotFound = 'ResourceNotFound',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<TagsErrorCode, AwsErrorType> = {
  [TagsErrorCode.InvalidArn]: AwsErrorType.BadRequest,
  [TagsErrorCode.ResourceNotFound]: AwsErrorType.NotFound,
  [TagsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class TagsError extends featureError<TagsErrorCode>('TagsError', TYPES) {
  static invalidArn(): TagsError {
    return new TagsError(TagsErrorCode.InvalidArn, 'Invalid ARN specified in the request');
  }

  static notFound(): TagsError {
    return new TagsError(TagsErrorCode.ResourceNotFound, 'Invalid resource identifier specified');
  }

  static invalid(message: string): TagsError {
    return new TagsError(TagsErrorCode.InvalidInput, message);
  }
}
