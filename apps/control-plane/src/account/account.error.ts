import { ApiError, AwsErrorType } from '../common/api-error';

export enum AccountErrorCode {
  InvalidInput = 'InvalidInput',
}

const TYPES: Record<AccountErrorCode, AwsErrorType> = {
  [AccountErrorCode.InvalidInput]: AwsErrorType.BadRequest,
};

export class AccountError extends ApiError {
  readonly errorType: AwsErrorType;

  constructor(readonly code: AccountErrorCode, message: string) {
    super(message);
    this.name = 'AccountError';
    this.errorType = TYPES[code];
  }

  static invalid(message: string): AccountError {
    return new AccountError(AccountErrorCode.InvalidInput, message);
  }
}
