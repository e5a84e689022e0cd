import { AccessKeyEntity } from './accounts/access-key.entity';
import { AccountEntity } from './accounts/account.entity';
import { ResourceEntity } from './resources/resource.entity';
import { RestApiEntity } from './rest-apis/rest-api.entity';

/** Every entity the DataSource knows. Append new entities here (one line each). */
export const PERSISTENCE_ENTITIES: Array<new () => object> = [
  AccountEntity,
  AccessKeyEntity,
  RestApiEntity,
  ResourceEntity,
];
