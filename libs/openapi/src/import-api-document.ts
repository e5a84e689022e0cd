import { importDefinition, type ImportOptions, type ImportResult } from './import-definition';
import { ImportError } from './import-error';
import { parseApiDocument } from './parse-api-document';

/** ImportRestApi / PutRestApi body text -> definition and AWS-style warnings, in one call. */
export async function importApiDocument(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = await parseApiDocument(text);
  const result = importDefinition(parsed.document, { ...options, failOnWarnings: false });
  const warnings = [...parsed.warnings, ...result.warnings];
  if (options.failOnWarnings === true && warnings.length > 0) throw ImportError.warnings(warnings);
  return { definition: result.definition, warnings };
}
