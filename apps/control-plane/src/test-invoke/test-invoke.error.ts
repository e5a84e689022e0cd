import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum TestInvokeErrorCode {
  RestApiNotFound = 'RestApiNotFound',
  ResourceNotFound = 'ResourceNotFound',
  MethodNotFound = 'MethodNotFound',
  ClientCertificateNotFound = 'ClientCertificateNotFound',
  /** The current API would not deploy; carries the snapshot compiler's message. */
  NotInvokable = 'NotInvokable',
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<TestInvokeErrorCode, AwsErrorType> = {
  [TestInvokeErrorCode.RestApiNotFound]: AwsErrorType.NotFound,
  [TestInvokeErrorCode.ResourceNotFound]: AwsErrorType.NotFound,
  [TestInvokeErrorCode.MethodNotFound]: AwsErrorType.NotFound,
  [TestInvokeErrorCode.ClientCertificateNotFound]: AwsErrorType.NotFound,
  [TestInvokeErrorCode.NotInvokable]: AwsErrorType.BadRequest,
  [TestInvokeErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

/** Errors of TestInvokeMethod. */
export class TestInvokeError extends featureError<TestInvokeErrorCode>('TestInvokeError', TYPES) {
  static invalid(message: string): TestInvokeError {
    return new TestInvokeError(TestInvokeErrorCode.InvalidInput, message);
  }
}
