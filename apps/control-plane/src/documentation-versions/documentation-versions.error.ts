import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

export enum DocumentationVersionsErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  VersionNotFound = 'VersionNotFound',
  StageNotFound = 'StageNotFound',
  VersionExists = 'VersionExists',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<DocumentationVersionsErrorCode, AwsErrorType> = {
  [DocumentationVersionsErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [DocumentationVersionsErrorCode.VersionNotFound]: AwsErrorType.NotFound,
  [DocumentationVersionsErrorCode.StageNotFound]: AwsErrorType.NotFound,
  [DocumentationVersionsErrorCode.VersionExists]: AwsErrorType.Conflict,
  [DocumentationVersionsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class DocumentationVersionsError extends featureError<DocumentationVersionsErrorCode>('DocumentationVersionsError', TYPES) {
  static invalid(message: string): DocumentationVersionsError {
    return new DocumentationVersionsError(DocumentationVersionsErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): DocumentationVersionsError {
    return new DocumentationVersionsError(DocumentationVersionsErrorCode.RestApiNotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static versionNotFound(): DocumentationVersionsError {
    return new DocumentationVersionsError(DocumentationVersionsErrorCode.VersionNotFound, 'Invalid Documentation version specified');
  }
}
