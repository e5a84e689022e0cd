/** AWS's wording for a REST API id that does not exist in the caller's account (it names account and id). */
export function invalidRestApiMessage(accountId: string, restApiId: string): string {
  return `Invalid API identifier specified ${accountId}:${restApiId}`;
}
