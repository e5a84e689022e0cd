import { Logger } from '@nestjs/common';
import { loadControlPlaneConfig } from './config/control-plane.config';
import { createControlPlaneApp } from './create-control-plane-app';

async function bootstrap(): Promise<void> {
  const config = loadControlPlaneConfig();
  const app = await createControlPlaneApp(config);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
  new Logger('ControlPlane').log(`listening on http://${config.http.host}:${config.http.port}`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
