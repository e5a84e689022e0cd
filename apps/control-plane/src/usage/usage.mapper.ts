import type { UsageValues } from '@tollgate/metering';

/** AWS `Usage` on the wire: the per-key map is `values` (SDKs expose it as `items`). */
export interface Usage {
  usagePlanId: string;
  startDate: string;
  endDate: string;
  position?: string;
  values: UsageValues;
}
