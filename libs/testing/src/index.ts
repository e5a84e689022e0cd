export {
  testId,
  buildIntegration,
  buildIntegrationResponse,
  buildHttpProxyIntegration,
  buildMethod,
  buildResource,
  buildSnapshot,
} from './snapshot.builders';
export { buildStageRecord } from './stage-record.builders';
