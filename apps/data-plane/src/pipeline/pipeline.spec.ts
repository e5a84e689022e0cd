import { AFTER_RESPONSE_STAGE, ERROR_STAGE, STAGES } from './pipeline';

describe('pipeline', () => {
  it('runs the stages in the documented order', () => {
    expect(STAGES.map((stage) => stage.name)).toEqual(['parse', 'route', 'api-key', 'limits', 'request-mapping', 'integration', 'response-mapping']);
  });

  it('has gateway-response as the single error exit and observe after the response', () => {
    expect(ERROR_STAGE.name).toBe('gateway-response');
    expect(AFTER_RESPONSE_STAGE.name).toBe('observe');
  });
});
