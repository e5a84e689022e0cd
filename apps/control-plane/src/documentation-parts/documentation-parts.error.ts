import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';
import { invalidRestApiMessage } from '../common/aws-messages';

export enum DocumentationPartsErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  PartNotFound = 'PartNotFound',
  PartExists = 'PartExists',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<DocumentationPartsErrorCode, AwsErrorType> = {
  [DocumentationPartsErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [DocumentationPartsErrorCode.PartNotFound]: AwsErrorType.NotFound,
  [DocumentationPartsErrorCode.PartExists]: AwsErrorType.Conflict,
  [DocumentationPartsErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class DocumentationPartsError extends featureError<DocumentationPartsErrorCode>('DocumentationPartsError', TYPES) {
  static invalid(message: string): DocumentationPartsError {
    return new DocumentationPartsError(DocumentationPartsErrorCode.InvalidInput, message);
  }

  static restApiNotFound(accountId: string, restApiId: string): DocumentationPartsError {
    return new DocumentationPartsError(DocumentationPartsErrorCode.RestApiNotFound, invalidRestApiMessage(accountId, restApiId));
  }

  static partNotFound(): DocumentationPartsError {
    return new DocumentationPartsError(DocumentationPartsErrorCode.PartNotFound, 'Invalid Documentation part identifier specified');
  }
}
