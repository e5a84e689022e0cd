import { type SnapshotGatewayResponse, isGatewayResponseType } from '@tollgate/model';
import type { GatewayResponseEntity } from './gateway-response.entity';

/** Customised gateway responses as a deployment freezes them (types were validated when written). */
export function toSnapshotGatewayResponses(rows: GatewayResponseEntity[]): SnapshotGatewayResponse[] {
  const frozen: SnapshotGatewayResponse[] = [];
  for (const row of rows) {
    if (!isGatewayResponseType(row.responseType)) continue;
    const response: SnapshotGatewayResponse = { responseType: row.responseType, responseParameters: row.responseParameters, responseTemplates: row.responseTemplates };
    if (row.statusCode !== null) response.statusCode = row.statusCode;
    frozen.push(response);
  }
  return frozen;
}
