export * from './utc-day';
export * from './quota-period';
export * from './usage-layout';
export * from './usage-record';
export * from './usage-reader';
export * from './usage-merge';
export * from './quota-adjuster';
