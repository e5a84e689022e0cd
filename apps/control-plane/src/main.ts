import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { loadControlPlaneConfig } from './config/control-plane.config';
import { createControlPlaneApp } from './create-control-plane-app';

async function bootstrap(): Promise<void> {
  const config = loadControlPlaneConfig();
  const app = await createControlPlaneApp(config);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
  const address = app.getHttpServer().address() as AddressInfo;
  new Logger('ControlPlane').log(`listening on http://${config.http.host}:${address.port}`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
