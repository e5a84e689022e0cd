import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put } from '@nestjs/common';
import { Caller } from '../auth/caller';
import type { Method, MethodResponse } from './method.mapper';
import { MethodResponsesService } from './method-responses.service';
import { MethodsService } from './methods.service';

const METHOD = 'restapis/:restApiId/resources/:resourceId/methods/:httpMethod';

@Controller()
export class MethodsController {
  constructor(
    private readonly methods: MethodsService,
    private readonly responses: MethodResponsesService,
  ) {}

  @Put(METHOD)
  @HttpCode(201)
  putMethod(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Body() body: unknown): Promise<Method> {
    return this.methods.put(caller, restApiId, resourceId, httpMethod, body);
  }

  @Get(METHOD)
  getMethod(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string): Promise<Method> {
    return this.methods.get(caller, restApiId, resourceId, httpMethod);
  }

  @Patch(METHOD)
  updateMethod(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Body() body: unknown): Promise<Method> {
    return this.methods.update(caller, restApiId, resourceId, httpMethod, body);
  }

  @Delete(METHOD)
  @HttpCode(204)
  deleteMethod(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string): Promise<void> {
    return this.methods.delete(caller, restApiId, resourceId, httpMethod);
  }

  @Put(`${METHOD}/responses/:statusCode`)
  @HttpCode(201)
  putMethodResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string, @Body() body: unknown): Promise<MethodResponse> {
    return this.responses.put(caller, { restApiId, resourceId, httpMethod }, statusCode, body);
  }

  @Get(`${METHOD}/responses/:statusCode`)
  getMethodResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string): Promise<MethodResponse> {
    return this.responses.get(caller, { restApiId, resourceId, httpMethod }, statusCode);
  }

  @Patch(`${METHOD}/responses/:statusCode`)
  updateMethodResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string, @Body() body: unknown): Promise<MethodResponse> {
    return this.responses.update(caller, { restApiId, resourceId, httpMethod }, statusCode, body);
  }

  @Delete(`${METHOD}/responses/:statusCode`)
  @HttpCode(204)
  deleteMethodResponse(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Param('statusCode') statusCode: string): Promise<void> {
    return this.responses.delete(caller, { restApiId, resourceId, httpMethod }, statusCode);
  }
}
