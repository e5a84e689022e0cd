import { stringify } from 'yaml';
import { EXPORT_EXTENSIONS, type ExportExtension } from './export-definition';

export type ExportFormat = 'json' | 'yaml';

/**
 * An exported document as the GetExport body: pretty JSON, or YAML without line folding (templates stay
 * intact). YAML is written with 1.1 quoting so strings like `2026-11-21` or `yes` stay strings for
 * YAML 1.1 readers too.
 */
export function serializeExport(document: object, format: ExportFormat): string {
  return format === 'yaml'
    ? stringify(document, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' })
    : JSON.stringify(document, null, 2);
}

/** GetExport `Accept` header -> format: application/yaml, else JSON (AWS's default). */
export function exportFormatFromAccept(accept: string | undefined): ExportFormat {
  return accept !== undefined && /application\/(x-)?yaml/i.test(accept) ? 'yaml' : 'json';
}

export function exportContentType(format: ExportFormat): string {
  return format === 'yaml' ? 'application/yaml' : 'application/json';
}

/**
 * GetExport `parameters.extensions` (comma-separated, e.g. `integrations,authorizers`) -> the list.
 * Returns the unknown names in `invalid` so the caller can answer BadRequestException.
 */
export function parseExportExtensions(value: string | undefined): { extensions: ExportExtension[]; invalid: string[] } {
  const names = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const extensions = names.filter((n): n is ExportExtension => (EXPORT_EXTENSIONS as readonly string[]).includes(n));
  return { extensions, invalid: names.filter((n) => !(EXPORT_EXTENSIONS as readonly string[]).includes(n)) };
}
