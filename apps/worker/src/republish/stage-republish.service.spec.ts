import { RecordingSnapshotPublisher } from '../../test/recording-snapshot.publisher';
import { buildStagePublication, stageIdentityOf } from '../../test/stage-publication.builder';
import { InMemoryStagePublicationSource } from '../stage-publication/in-memory-stage-publication.source';
import type { StageIdentity } from '../stage-publication/stage-publication.source';
import { StageRepublishService } from './stage-republish.service';

describe('StageRepublishService', () => {
  let source: InMemoryStagePublicationSource;
  let publisher: RecordingSnapshotPublisher;
  let service: StageRepublishService;

  beforeEach(() => {
    source = new InMemoryStagePublicationSource();
    publisher = new RecordingSnapshotPublisher();
    service = new StageRepublishService(source, publisher);
  });

  it('publishes only the stages the publisher does not already hold', async () => {
    const held = buildStagePublication({ stageName: 'held' });
    const lost = buildStagePublication({ stageName: 'lost' });
    source.put(held);
    source.put(lost);
    await publisher.publishStage(held);
    publisher.calls.length = 0;

    expect(await service.republishMissing()).toEqual({ checked: 2, republished: 1, failed: 0 });
    expect(publisher.calls).toEqual([['publishStage', lost]]);
  });

  it('keeps going past a stage that fails, and counts it', async () => {
    const broken = buildStagePublication({ stageName: 'broken' });
    const fine = buildStagePublication({ stageName: 'fine' });
    source.put(broken);
    source.put(fine);
    const load = source.load.bind(source);
    source.load = async (stage: StageIdentity) => {
      if (stage.stageName === 'broken') throw new Error('corrupt row');
      return load(stage);
    };

    expect(await service.republishMissing()).toEqual({ checked: 2, republished: 1, failed: 1 });
    expect(await publisher.isStagePublished(stageIdentityOf(fine))).toBe(true);
  });

  it('skips a stage deleted between listing and loading', async () => {
    const gone = buildStagePublication();
    source.put(gone);
    const list = source.list.bind(source);
    source.list = async () => {
      const stages = await list();
      source.delete(stageIdentityOf(gone));
      return stages;
    };

    expect(await service.republishMissing()).toEqual({ checked: 1, republished: 0, failed: 0 });
    expect(publisher.calls).toEqual([]);
  });
});
