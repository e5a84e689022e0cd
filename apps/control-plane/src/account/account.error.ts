import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum AccountErrorCode {
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<AccountErrorCode, AwsErrorType> = {
  [AccountErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class AccountError extends featureError<AccountErrorCode>('AccountError', TYPES) {
  static invalid(message: string): AccountError {
    return new AccountError(AccountErrorCode.InvalidInput, message);
  }
}
