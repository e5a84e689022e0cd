export { compileRoutes } from './compile-routes';
export { matchRoute } from './match-route';
export { RouteCompileError } from './route-compile-error';
export type { RouteMatch, RouteTable, RouteNode, RouteTarget, LiteralChild } from './route-table';
