export * from './system';
export * from './invoke';
export * from './upstream';
export * from './free-port';
export * from './utc-day';
