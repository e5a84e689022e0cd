export enum SnapshotCompileErrorCode {
  NoMethods = 'NO_METHODS',
  NoIntegration = 'NO_INTEGRATION',
  InvalidRoutes = 'INVALID_ROUTES',
  InvalidModel = 'INVALID_MODEL',
  InvalidTemplate = 'INVALID_TEMPLATE',
  InvalidSelectionPattern = 'INVALID_SELECTION_PATTERN',
  InvalidMapping = 'INVALID_MAPPING',
}

/** A graph that cannot be deployed. `message` is what AWS answers (as a BadRequestException). */
export class SnapshotCompileError extends Error {
  constructor(
    readonly code: SnapshotCompileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotCompileError';
  }
}
