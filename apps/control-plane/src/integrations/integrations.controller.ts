import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { Integration, IntegrationResponse } from './integration.mapper';
import { IntegrationResponsesService } from './integration-responses.service';
import { IntegrationsService } from './integrations.service';

const INTEGRATION = 'restapis/:restApiId/resources/:resourceId/methods/:httpMethod/integration';

@Controller()
export class IntegrationsController {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly responses: IntegrationResponsesService,
  ) {}

  @Put(INTEGRATION)
  @HttpCode(201)
  putIntegration(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Body() body: unknown): Promise<Integration> {
    return this.integrations.put(caller, { restApiId, resourceId, httpMethod }, body);
  }

  @Get(INTEGRATION)
  getIntegration(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string): Promise<Integration> {
    return this.integrations.get(caller, { restApiId, resourceId, httpMethod });
  }

  @Patch(INTEGRATION)
  updateIntegration(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Body() body: unknown): Promise<Integration> {
    return this.integrations.update(caller, { restApiId, resourceId, httpMethod }, body);
  }

  @Delete(INTEGRATION)
  @HttpCode(204)
  deleteIntegration(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string): Promise<void> {
    return this.integrations.delete(caller, { restApiId, resourceId, httpMethod });
  }

  @Put(`${INTEGRATION}/responses/:statusCode`)
  @HttpCode(201)
  putIntegrationResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string, @Body() body: unknown): Promise<IntegrationResponse> {
    return this.responses.put(caller, { restApiId, resourceId, httpMethod }, statusCode, body);
  }

  @Get(`${INTEGRATION}/responses/:statusCode`)
  getIntegrationResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string): Promise<IntegrationResponse> {
    return this.responses.get(caller, { restApiId, resourceId, httpMethod }, statusCode);
  }

  @Patch(`${INTEGRATION}/responses/:statusCode`)
  updateIntegrationResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string, @Body() body: unknown): Promise<IntegrationResponse> {
    return this.responses.update(caller, { restApiId, resourceId, httpMethod }, statusCode, body);
  }

  @Delete(`${INTEGRATION}/responses/:statusCode`)
  @HttpCode(204)
  deleteIntegrationResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string): Promise<void> {
    return this.responses.delete(caller, { restApiId, resourceId, httpMethod }, statusCode);
  }
}
