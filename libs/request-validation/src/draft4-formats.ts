import type Ajv from 'ajv-draft-04';

/**
 * The formats draft 4 defines, which AWS's validator checks; any other `format` is ignored (never a
 * compile error), as on AWS. Deliberately plain patterns: linear-time, no look-behind.
 */
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d{1,12})?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

function isIpv6(value: string): boolean {
  if (value.length > 45 || !/^[0-9a-f:.]+$/i.test(value)) return false;
  let address = value;
  let groupsNeeded = 8;
  const lastColon = address.lastIndexOf(':');
  if (address.includes('.')) {
    if (!IPV4.test(address.slice(lastColon + 1))) return false;
    address = `${address.slice(0, lastColon + 1)}0:0`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  if (halves.length === 2) return all.length < groupsNeeded;
  groupsNeeded -= all.length;
  return groupsNeeded === 0;
}

function isRegex(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

export function addDraft4Formats(ajv: Ajv): void {
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addFormat('email', EMAIL);
  ajv.addFormat('hostname', HOSTNAME);
  ajv.addFormat('ipv4', IPV4);
  ajv.addFormat('ipv6', isIpv6);
  ajv.addFormat('uri', URI);
  ajv.addFormat('regex', isRegex);
}
