import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { prepareTestInvokeStage, runTestInvoke, TEST_INVOKE_DEPLOYMENT_ID, type TestInvokeResult, type UpstreamClient } from '@tollgate/execute-api';
import { ClientCertificateRepository, RestApiGraphRepository, type TenantScope } from '@tollgate/persistence';
import { SnapshotCompileError, compileSnapshot } from '@tollgate/snapshot-compiler';
import { SnapshotRejectedError } from '@tollgate/snapshot-store';
import { toEpochSeconds } from '../common/epoch-seconds';
import { parseTestInvokeMethodRequest } from './test-invoke-method.request';
import { TestInvokeError, TestInvokeErrorCode } from './test-invoke.error';
import { TEST_INVOKE_LOGGER, TEST_INVOKE_UPSTREAM } from './test-invoke.tokens';
import { invalidRestApiMessage } from '../common/aws-messages';

/**
 * TestInvokeMethod: compiles the CURRENT (undeployed) API exactly as CreateDeployment would, then runs
 * the request through the data plane's own stages (libs/execute-api runTestInvoke). MOCK methods are
 * evaluated and HTTP/HTTP_PROXY backends really called; authorizers, API keys and limits are bypassed, as on AWS.
 */
@Injectable()
export class TestInvokeService implements OnModuleDestroy {
  constructor(
    private readonly graphs: RestApiGraphRepository,
    private readonly certificates: ClientCertificateRepository,
    @Inject(TEST_INVOKE_UPSTREAM) private readonly upstream: UpstreamClient,
    @Inject(TEST_INVOKE_LOGGER) private readonly logger: Logger,
  ) {}

  async invoke(scope: TenantScope, restApiId: string, resourceId: string, httpMethod: string, body: unknown): Promise<TestInvokeResult> {
    const request = parseTestInvokeMethodRequest(body);
    const graph = await this.graphs.load(scope, restApiId);
    if (!graph) throw new TestInvokeError(TestInvokeErrorCode.RestApiNotFound, invalidRestApiMessage(scope.accountId, restApiId));
    const resource = graph.resources.find((candidate) => candidate.id === resourceId);
    if (!resource) throw new TestInvokeError(TestInvokeErrorCode.ResourceNotFound, 'Invalid Resource identifier specified');
    // A verb the resource has no method for runs its ANY method, as a deployed stage routes it.
    if (!resource.methods.some((method) => method.httpMethod === httpMethod || method.httpMethod === 'ANY')) {
      throw new TestInvokeError(TestInvokeErrorCode.MethodNotFound, 'Invalid Method identifier specified');
    }
    if (request.clientCertificateId !== undefined && !(await this.certificates.find(scope, request.clientCertificateId))) {
      throw new TestInvokeError(TestInvokeErrorCode.ClientCertificateNotFound, 'Invalid Client Certificate identifier specified');
    }
    let served;
    try {
      served = prepareTestInvokeStage(compileSnapshot(graph, TEST_INVOKE_DEPLOYMENT_ID, toEpochSeconds(new Date())));
    } catch (error) {
      if (error instanceof SnapshotCompileError || error instanceof SnapshotRejectedError) {
        throw new TestInvokeError(TestInvokeErrorCode.NotInvokable, error.message);
      }
      throw error;
    }
    return runTestInvoke(served, {
      httpMethod,
      resourceId,
      pathWithQueryString: request.pathWithQueryString,
      body: request.body,
      headers: request.headers,
      multiValueHeaders: request.multiValueHeaders,
      stageVariables: request.stageVariables,
    }, { upstream: this.upstream, logger: this.logger });
  }

  onModuleDestroy(): Promise<void> {
    return this.upstream.close();
  }
}
