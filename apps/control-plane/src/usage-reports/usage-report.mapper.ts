/** One row of the billing report: requests of one key through one API stage on one UTC day. */
export interface UsageReportItem {
  date: string;
  usagePlanId: string;
  usagePlanName: string | null;
  keyId: string;
  keyName: string | null;
  restApiId: string;
  stage: string;
  requests: number;
}

export interface UsageReport {
  startDate: string;
  endDate: string;
  items: UsageReportItem[];
}

export const USAGE_REPORT_COLUMNS: ReadonlyArray<keyof UsageReportItem> = ['date', 'usagePlanId', 'usagePlanName', 'keyId', 'keyName', 'restApiId', 'stage', 'requests'];

/** RFC 4180 CSV with a header row. */
export function toUsageReportCsv(items: readonly UsageReportItem[]): string {
  const lines = [USAGE_REPORT_COLUMNS.join(',')];
  for (const item of items) lines.push(USAGE_REPORT_COLUMNS.map((column) => csvField(item[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
