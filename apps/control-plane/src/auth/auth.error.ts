import { AwsErrorType } from '../common/api-error';
import { featureError } from '../common/feature-error';

export enum AuthErrorCode {
  MissingToken = 'MissingToken',
  UnknownAccessKey = 'UnknownAccessKey',
  SignatureMismatch = 'SignatureMismatch',
  SignatureExpired = 'SignatureExpired',
  WrongScope = 'WrongScope',
  MalformedAuthorization = 'MalformedAuthorization',
}

const TYPES: Record<AuthErrorCode, AwsErrorType> = {
  [AuthErrorCode.MissingToken]: AwsErrorType.MissingAuthenticationToken,
  [AuthErrorCode.UnknownAccessKey]: AwsErrorType.UnrecognizedClient,
  [AuthErrorCode.SignatureMismatch]: AwsErrorType.InvalidSignature,
  [AuthErrorCode.SignatureExpired]: AwsErrorType.InvalidSignature,
  [AuthErrorCode.WrongScope]: AwsErrorType.InvalidSignature,
  [AuthErrorCode.MalformedAuthorization]: AwsErrorType.IncompleteSignature,
};

export const AUTH_MESSAGES = {
  missingToken: 'Missing Authentication Token',
  unknownKey: 'The security token included in the request is invalid.',
  mismatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
} as const;

export class AuthError extends featureError<AuthErrorCode>('AuthError', TYPES) {}
