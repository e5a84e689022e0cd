export * from './stage-publication';
export * from './snapshot-publisher';
