export * from './api-definition';
export { ImportError } from './import-error';
export { parseApiDocument, type ApiDocument, type ApiDocumentFlavour, type ParsedApiDocument } from './parse-api-document';
export { importDefinition, UNKNOWN_REST_API_ID, type BasePathMode, type ImportOptions, type ImportResult } from './import-definition';
export { exportDefinition, EXPORT_EXTENSIONS, type ExportExtension, type ExportOptions, type ExportType } from './export-definition';
export { serializeExport, exportFormatFromAccept, exportContentType, parseExportExtensions, type ExportFormat } from './serialize-export';
export { mergeDefinitions, type PutMode } from './merge-definitions';
export { modelUrl, modelNameFromRef } from './model-refs';
export { importApiDocument } from './import-api-document';
