import { Injectable } from '@nestjs/common';
import { RestApiRepository, StageRepository, type TenantScope } from '@tollgate/persistence';
import { parsePageQuery } from '../common/pagination';
import { SDK_TYPES, type SdkType } from './sdk-type.catalog';
import { SdkTypesError, SdkTypesErrorCode as Code } from './sdk-types.error';
import { invalidRestApiMessage } from '../common/aws-messages';

/** GetSdkTypes, GetSdkType, and GetSdk (which Tollgate answers with a modeled error: it generates no SDKs). */
@Injectable()
export class SdkTypesService {
  constructor(private readonly restApis: RestApiRepository, private readonly stages: StageRepository) {}

  /** The catalogue is small and fixed: one page holds it (limit is still validated as AWS does). */
  list(limit?: string): { item: SdkType[] } {
    return { item: SDK_TYPES.slice(0, parsePageQuery(limit, undefined).limit) };
  }

  get(id: string): SdkType {
    const type = SDK_TYPES.find((candidate) => candidate.id === id);
    if (!type) throw new SdkTypesError(Code.SdkTypeNotFound, `Invalid SDK type specified: ${id}`);
    return type;
  }

  async getSdk(scope: TenantScope, restApiId: string, stageName: string, sdkType: string): Promise<never> {
    if (!(await this.restApis.exists(scope, restApiId))) throw new SdkTypesError(Code.RestApiNotFound, invalidRestApiMessage(scope.accountId, restApiId));
    if (!(await this.stages.find(scope, restApiId, stageName))) throw new SdkTypesError(Code.StageNotFound, 'Invalid Stage identifier specified');
    if (!SDK_TYPES.some((type) => type.id === sdkType)) {
      throw new SdkTypesError(Code.InvalidSdkType, `Invalid SDK type specified: ${sdkType}. Valid values are ${SDK_TYPES.map((type) => type.id).join(', ')}`);
    }
    throw new SdkTypesError(Code.GenerationUnsupported, 'SDK generation is not supported by Tollgate');
  }
}
