import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import type { TestInvokeResult } from '@tollgate/execute-api';
import { Caller } from '../auth/caller';
import { TestInvokeService } from './test-invoke.service';

@Controller()
export class TestInvokeController {
  constructor(private readonly testInvoke: TestInvokeService) {}

  @Post('restapis/:restApiId/resources/:resourceId/methods/:httpMethod')
  @HttpCode(200)
  testInvokeMethod(@Caller() caller: Caller, @Param('restApiId') restApiId: string, @Param('resourceId') resourceId: string, @Param('httpMethod') httpMethod: string, @Body() body: unknown): Promise<TestInvokeResult> {
    return this.testInvoke.invoke(caller, restApiId, resourceId, httpMethod, body);
  }
}
