/**
 * Gateway-response templates get simple variable substitution, not VTL (AWS docs): `$context.a.b`,
 * `$stageVariables.x` and their `${...}` forms are replaced, everything else is literal text. Split
 * once per snapshot into literal and variable parts, joined per error.
 */
export type SubstitutionPart =
  | string
  | { readonly kind: 'context'; readonly path: readonly string[] }
  | { readonly kind: 'stageVariable'; readonly name: string };

export interface SubstitutionTemplate {
  readonly parts: readonly SubstitutionPart[];
}

const VARIABLE = /\$\{(context|stageVariables)\.([A-Za-z0-9_.-]+)\}|\$(context|stageVariables)\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)/g;

export function compileSubstitution(source: string): SubstitutionTemplate {
  const parts: SubstitutionPart[] = [];
  let last = 0;
  for (const match of source.matchAll(VARIABLE)) {
    if (match.index > last) parts.push(source.slice(last, match.index));
    const root = match[1] ?? match[3];
    const path = match[2] ?? match[4];
    parts.push(root === 'context' ? { kind: 'context', path: path.split('.') } : { kind: 'stageVariable', name: path });
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  return { parts };
}

/** Joins the parts; `lookup` returns the text for a variable ('' when it has none). */
export function renderSubstitution(template: SubstitutionTemplate, lookup: (part: Exclude<SubstitutionPart, string>) => string): string {
  let out = '';
  for (const part of template.parts) out += typeof part === 'string' ? part : lookup(part);
  return out;
}
