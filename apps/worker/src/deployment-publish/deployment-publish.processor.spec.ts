import { SnapshotPublicationError } from '@tollgate/snapshot-publisher';
import { RecordingSnapshotPublisher } from '../../test/recording-snapshot.publisher';
import { buildStagePublication, stageIdentityOf } from '../../test/stage-publication.builder';
import { PermanentJobError } from '../queue/permanent-job.error';
import { InMemoryStagePublicationSource } from '../stage-publication/in-memory-stage-publication.source';
import { DeploymentPublishProcessor } from './deployment-publish.processor';

describe('DeploymentPublishProcessor', () => {
  let source: InMemoryStagePublicationSource;
  let publisher: RecordingSnapshotPublisher;
  let processor: DeploymentPublishProcessor;
  const job = (name: string, data: unknown) => ({ id: 'job1', name, data, attemptsMade: 0 });

  beforeEach(() => {
    source = new InMemoryStagePublicationSource();
    publisher = new RecordingSnapshotPublisher();
    processor = new DeploymentPublishProcessor(source, publisher);
  });

  it('publish-stage publishes what the source holds now', async () => {
    const publication = buildStagePublication();
    source.put(publication);

    await processor.process(job('publish-stage', stageIdentityOf(publication)));

    expect(publisher.calls).toEqual([['publishStage', publication]]);
  });

  it('publish-stage of a stage the source does not have fails permanently', async () => {
    const ids = { accountId: '123456789012', restApiId: 'abcdefghij', stageName: 'gone' };
    await expect(processor.process(job('publish-stage', ids))).rejects.toThrow(
      new PermanentJobError('publish-stage: stage abcdefghij/gone of account 123456789012 does not exist'),
    );
    expect(publisher.calls).toEqual([]);
  });

  it.each([
    [null, 'payload must be an object with accountId, restApiId, stageName'],
    ['text', 'payload must be an object with accountId, restApiId, stageName'],
    [{ accountId: '1', restApiId: '', stageName: 3 }, 'payload field(s) restApiId, stageName must be non-empty strings'],
  ])('a malformed payload (%p) fails permanently', async (data, message) => {
    await expect(processor.process(job('publish-stage', data))).rejects.toThrow(new PermanentJobError(`publish-stage: ${message}`));
  });

  it('an unknown job name fails permanently', async () => {
    await expect(processor.process(job('drop-tables', {}))).rejects.toBeInstanceOf(PermanentJobError);
  });

  it('inconsistent stored data fails permanently; other publisher errors stay retryable', async () => {
    const publication = buildStagePublication();
    source.put(publication);
    publisher.failWith = new SnapshotPublicationError('points elsewhere');
    await expect(processor.process(job('publish-stage', stageIdentityOf(publication)))).rejects.toBeInstanceOf(PermanentJobError);

    publisher.failWith = new Error('ECONNRESET');
    const transient = await processor.process(job('publish-stage', stageIdentityOf(publication))).catch((e: unknown) => e);
    expect(transient).toEqual(new Error('ECONNRESET'));
    expect(transient).not.toBeInstanceOf(PermanentJobError);
  });

  it('unpublish-stage removes a stage the source no longer has', async () => {
    const publication = buildStagePublication();
    await processor.process(job('unpublish-stage', stageIdentityOf(publication)));

    const { restApiId, stageName } = publication.stageRecord;
    expect(publisher.calls).toEqual([['unpublishStage', { accountId: publication.stageRecord.accountId, restApiId, stageName }]]);
  });

  it('unpublish-stage of a stage created again meanwhile republishes it instead', async () => {
    const publication = buildStagePublication();
    source.put(publication);

    await processor.process(job('unpublish-stage', stageIdentityOf(publication)));

    expect(publisher.calls).toEqual([['publishStage', publication]]);
  });
});
