export * from './create-control-plane-app';
export * from './app.module';
export * from './config/control-plane.config';
