/**
 * A refused import. The control plane maps it to BadRequestException with `message` as the body,
 * which is how AWS reports both import errors and (with failonwarnings=true) warnings.
 */
export class ImportError extends Error {
  readonly errorType = 'BadRequestException';

  constructor(message: string, readonly problems: readonly string[] = []) {
    super(message);
    this.name = 'ImportError';
  }

  /** AWS lists every problem on its own tab-indented line under one heading. */
  static errors(problems: readonly string[]): ImportError {
    return new ImportError(`Errors found during import:\n\t${problems.join('\n\t')}`, problems);
  }

  static warnings(warnings: readonly string[]): ImportError {
    return new ImportError(`Warnings found during import:\n\t${warnings.join('\n\t')}`, warnings);
  }

  static invalidInput(): ImportError {
    return new ImportError('Invalid OpenAPI input.');
  }
}
