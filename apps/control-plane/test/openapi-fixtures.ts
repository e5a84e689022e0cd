import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The OpenAPI fixtures of libs/openapi (Petstore and every-extension, OAS 3.0 and Swagger 2.0), as bytes. */
export function openApiFixture(name: string): Uint8Array {
  return readFileSync(join(__dirname, '../../../libs/openapi/src/fixtures', name));
}

export const OPENAPI_FIXTURES = ['petstore-oas30.json', 'petstore-swagger.json', 'every-extension-oas30.yaml', 'every-extension-swagger.yaml'] as const;
