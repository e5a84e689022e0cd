import { ApiError, AwsErrorType } from './api-error';
import { featureError } from './feature-error';

enum SampleCode {
  Missing = 'Missing',
  Invalid = 'Invalid',
}

const TYPES: Record<SampleCode, AwsErrorType> = {
  [SampleCode.Missing]: AwsErrorType.NotFound,
  [SampleCode.Invalid]: AwsErrorType.BadRequest,
};

class SampleError extends featureError<SampleCode>('SampleError', TYPES, { [SampleCode.Missing]: 'Invalid sample identifier specified' }) {}

describe('featureError', () => {
  it('builds an ApiError whose type comes from the feature table', () => {
    const error = new SampleError(SampleCode.Invalid, 'bad input');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(SampleError);
    expect(error.errorType).toBe(AwsErrorType.BadRequest);
    expect(error.code).toBe(SampleCode.Invalid);
    expect(error.message).toBe('bad input');
    expect(error.name).toBe('SampleError');
  });

  it('falls back to the default message of the code, else to the code', () => {
    expect(new SampleError(SampleCode.Missing).message).toBe('Invalid sample identifier specified');
    expect(new SampleError(SampleCode.Missing).errorType).toBe(AwsErrorType.NotFound);
    expect(new SampleError(SampleCode.Invalid).message).toBe('Invalid');
  });

  it('keeps each feature class distinct', () => {
    class OtherError extends featureError<SampleCode>('OtherError', TYPES) {}
    expect(new OtherError(SampleCode.Invalid, 'x')).not.toBeInstanceOf(SampleError);
  });
});
