import { randomUUID } from 'node:crypto';
import {
  type APIGatewayClient,
  FlushStageAuthorizersCacheCommand,
  FlushStageCacheCommand,
  GetSdkCommand,
  GetSdkTypeCommand,
  GetSdkTypesCommand,
} from '@aws-sdk/client-api-gateway';
import { redisKeys } from '@tollgate/model';
import { Redis } from 'ioredis';
import { failure, withControlPlane } from './harness';
import { createDeployedStage, discardingJobProducer } from './surface-fixtures';

describe('SdkTypes, GetSdk and stage cache flushes (real SDK, real Postgres and Redis)', () => {
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let redis: Redis;
  const keyPrefix = `test:${randomUUID()}:`;
  const keys = redisKeys(keyPrefix);

  withControlPlane({ jobProducer: discardingJobProducer(), redisKeyPrefix: keyPrefix, setup: (f) => {
    ({ client, other } = f);
    redis = new Redis(f.cp.config.redis.url);
  }, teardown: async () => {
    const leftovers = await redis.keys(`${keyPrefix}*`);
    if (leftovers.length > 0) await redis.del(...leftovers);
    await redis.quit();
  } });

  describe('SDK types', () => {
    it('lists the static catalogue with configuration properties', async () => {
      const types = await client.send(new GetSdkTypesCommand({}));
      expect(types.items?.map((t) => t.id)).toEqual(['android', 'javascript', 'ios-objective-c', 'java', 'ruby']);
      const android = types.items?.find((t) => t.id === 'android');
      expect(android?.configurationProperties?.map((p) => [p.name, p.required])).toEqual([
        ['groupId', true], ['invokerPackage', true], ['artifactId', true], ['artifactVersion', true],
      ]);
      expect((await client.send(new GetSdkTypeCommand({ id: 'java' }))).configurationProperties?.map((p) => p.name)).toContain('javaPackageName');
      expect(await failure(client.send(new GetSdkTypeCommand({ id: 'cobol' })))).toEqual({
        name: 'NotFoundException', message: 'Invalid SDK type specified: cobol', status: 404,
      });
    });

    it('answers GetSdk with a modeled BadRequestException after checking the API and stage', async () => {
      const { restApiId } = await createDeployedStage(client, 'sdk');
      expect(await failure(client.send(new GetSdkCommand({ restApiId, stageName: 'sdk', sdkType: 'javascript' })))).toEqual({
        name: 'BadRequestException', message: 'SDK generation is not supported by Tollgate', status: 400,
      });
      expect(await failure(client.send(new GetSdkCommand({ restApiId, stageName: 'missing', sdkType: 'javascript' })))).toMatchObject({
        name: 'NotFoundException', message: 'Invalid Stage identifier specified',
      });
      expect(await failure(other.send(new GetSdkCommand({ restApiId, stageName: 'sdk', sdkType: 'javascript' })))).toMatchObject({
        name: 'NotFoundException', message: expect.stringContaining('Invalid API identifier specified'),
      });
    });
  });

  describe('cache flushes', () => {
    it('FlushStageCache removes only that stage\'s cache entries; FlushStageAuthorizersCache only its authorizer results', async () => {
      const { restApiId } = await createDeployedStage(client, 'cached');
      const cacheEntries = Array.from({ length: 1200 }, (_, i) => keys.stageCacheEntry(restApiId, 'cached', `GET:/pets/${i}`));
      const authEntries = [keys.authorizerCacheEntry(restApiId, 'cached', 'auth1', 'h1'), keys.authorizerCacheEntry(restApiId, 'cached', 'auth2', 'h2')];
      const untouched = [keys.stageCacheEntry(restApiId, 'cached2', 'GET:/'), keys.stageCacheEntry('otherapi00', 'cached', 'GET:/'), keys.authorizerCacheEntry(restApiId, 'cached2', 'a', 'h')];
      await redis.mset(...[...cacheEntries, ...authEntries, ...untouched].flatMap((key) => [key, '1']));

      const flushed = await client.send(new FlushStageCacheCommand({ restApiId, stageName: 'cached' }));
      expect(flushed.$metadata.httpStatusCode).toBe(202);
      expect(await redis.exists(...cacheEntries)).toBe(0);
      expect(await redis.exists(...authEntries)).toBe(2);

      const authFlushed = await client.send(new FlushStageAuthorizersCacheCommand({ restApiId, stageName: 'cached' }));
      expect(authFlushed.$metadata.httpStatusCode).toBe(202);
      expect(await redis.exists(...authEntries)).toBe(0);
      expect(await redis.exists(...untouched)).toBe(untouched.length);
    });

    it('answers NotFoundException for a missing stage, a missing API and another account', async () => {
      const { restApiId } = await createDeployedStage(client, 'nf');
      expect(await failure(client.send(new FlushStageCacheCommand({ restApiId, stageName: 'nope' })))).toEqual({
        name: 'NotFoundException', message: 'Invalid Stage identifier specified', status: 404,
      });
      expect(await failure(client.send(new FlushStageAuthorizersCacheCommand({ restApiId: 'abcdefghij', stageName: 'nf' })))).toMatchObject({
        name: 'NotFoundException', message: expect.stringContaining('Invalid API identifier specified'),
      });
      const entry = keys.stageCacheEntry(restApiId, 'nf', 'GET:/');
      await redis.set(entry, '1');
      expect(await failure(other.send(new FlushStageCacheCommand({ restApiId, stageName: 'nf' })))).toMatchObject({ name: 'NotFoundException' });
      expect(await redis.exists(entry)).toBe(1);
    });
  });
});
