/** Identifies one method of one resource; integrations and responses hang off the same key. */
export interface MethodKey {
  readonly restApiId: string;
  readonly resourceId: string;
  readonly httpMethod: string;
}
