/** Looks up another model's parsed schema by name (for `$ref`s); undefined when unknown. */
export type ModelLookup = (name: string) => unknown;

const MODEL_REF = /\/models\/([^/#?]+)$/;
/** Stops self-referencing models from expanding forever. */
const MAX_DEPTH = 6;

/**
 * GetModelTemplate: a mapping template that copies every property of the schema from the input, like
 * the sample API Gateway generates (`#set($inputRoot = $input.path('$'))` then a JSON skeleton).
 */
export function generateModelTemplate(schema: unknown, lookup: ModelLookup): string {
  const body = render(schema, '$inputRoot', '', lookup, 0);
  return `#set($inputRoot = $input.path('$'))\n${body}`;
}

function render(schema: unknown, source: string, indent: string, lookup: ModelLookup, depth: number): string {
  const node = deref(schema, lookup);
  const type = typeOf(node);
  if (type === 'object' && depth < MAX_DEPTH) {
    const properties = Object.entries((node.properties ?? {}) as Record<string, unknown>);
    if (properties.length === 0) return '{\n' + indent + '}';
    const inner = indent + '  ';
    const lines = properties.map(([name, child]) => `${inner}"${name}" : ${render(child, `${source}.${name}`, inner, lookup, depth + 1)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  if (type === 'array' && depth < MAX_DEPTH) {
    const inner = indent + '  ';
    const item = render(node.items, '$elem', inner, lookup, depth + 1);
    return `[\n#foreach($elem in ${source})\n${inner}${item}#if($foreach.hasNext),#end\n\n#end\n${indent}]`;
  }
  if (type === 'string') return `"${source}"`;
  return source;
}

function deref(schema: unknown, lookup: ModelLookup): Record<string, unknown> {
  let node = asObject(schema);
  for (let hops = 0; typeof node.$ref === 'string' && hops < MAX_DEPTH; hops++) {
    const match = MODEL_REF.exec(node.$ref);
    node = asObject(match ? lookup(safeDecode(match[1])) : undefined);
  }
  return node;
}

function typeOf(node: Record<string, unknown>): string | undefined {
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  if (typeof type === 'string') return type;
  if (node.properties) return 'object';
  if (node.items) return 'array';
  return undefined;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
