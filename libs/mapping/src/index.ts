export { MappingCompileError, MappingError } from './mapping-error';
export type { MappingErrorCode } from './mapping-error';
export { compileRequestMappings, evaluateRequestMappings } from './request-mappings';
export type {
  CompiledRequestMappings, CompileRequestMappingsOptions, MappedRequestParameters, RequestMappingSource, RequestTargetLocation,
} from './request-mappings';
export { compileResponseMappings, evaluateResponseMappings } from './response-mappings';
export type { CompiledResponseMappings, CompileResponseMappingsOptions, ResponseMappingSource } from './response-mappings';
export type { MappingContext, ParameterSource } from './parameter-source';
export { compileUri, renderUri } from './uri-template';
export type { CompiledUri, UriPart } from './uri-template';
export { compileIntegrationResponses, compileSelectionPattern, selectIntegrationResponse } from './integration-responses';
export type {
  CompiledIntegrationResponse, CompiledIntegrationResponses, CompileIntegrationResponsesOptions, SelectionSource,
} from './integration-responses';
export { compileRequestTemplates, compileTemplateTable, selectRequestTemplate, selectResponseTemplate } from './template-selection';
export type { CompiledRequestTemplates, RequestTemplateSelection, TemplateTable } from './template-selection';
export { applyRequestOverride, applyResponseOverride } from './overrides';
export type { MethodResponseParts, RequestOverride, ResponseOverride } from './overrides';
export { buildIntegrationRequestHeaders, isIllegalMappedHeader, remapResponseHeaders } from './header-rules';
export type { HeaderValues, IntegrationRequestHeadersInput, ResponseHeaders } from './header-rules';
export { acceptedMediaTypes, isBinaryMediaType, mediaType } from './media-type';
export { convertRequestBody, convertResponseBody, fromBase64, payloadBytes, payloadTextForTemplate } from './content-handling';
export type { Payload, RequestBodyInput, ResponseBodyInput } from './content-handling';
