/** Map key for one stage; stage names cannot contain ':' (AWS allows [a-zA-Z0-9_-]). */
export function stageKey(restApiId: string, stageName: string): string {
  return `${restApiId}:${stageName}`;
}

/** Inverse of stageKey, for ChangeMessage ids; undefined when malformed. */
export function parseStageKey(id: string): { restApiId: string; stageName: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return undefined;
  return { restApiId: id.slice(0, colon), stageName: id.slice(colon + 1) };
}
