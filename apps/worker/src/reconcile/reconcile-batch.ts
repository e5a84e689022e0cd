/** Records compared per Postgres page / Redis MGET: bounded memory and round-trip size per step. */
export const RECONCILE_BATCH = 500;
