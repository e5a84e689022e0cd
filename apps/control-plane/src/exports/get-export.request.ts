import { type ExportExtension, type ExportFormat, type ExportType, exportFormatFromAccept, parseExportExtensions } from '@tollgate/openapi';
import { ExportsError } from './exports.error';

/** GetExport: the export type from the path, the format from Accept and `parameters.extensions` from the query. */
export interface GetExportRequest {
  exportType: ExportType;
  format: ExportFormat;
  extensions: ExportExtension[];
}

const EXPORT_TYPES: readonly ExportType[] = ['oas30', 'swagger'];

export function parseGetExportRequest(exportType: string, accept: string | undefined, query: Readonly<Record<string, unknown>>): GetExportRequest {
  if (!(EXPORT_TYPES as readonly string[]).includes(exportType)) {
    throw ExportsError.invalid(`Invalid export type: ${exportType}. Valid values are: ${EXPORT_TYPES.join(', ')}`);
  }
  const raw = query['extensions'];
  if (raw !== undefined && typeof raw !== 'string') throw ExportsError.invalid('Parameter extensions must be given once');
  const { extensions, invalid } = parseExportExtensions(raw);
  if (invalid.length > 0) throw ExportsError.invalid(`Invalid extensions: ${invalid.join(', ')}. Valid values are: integrations, authorizers, apigateway, postman`);
  return { exportType: exportType as ExportType, format: exportFormatFromAccept(accept), extensions };
}
