/** Injection token for the frozen ControlPlaneConfig. */
export const CONTROL_PLANE_CONFIG = Symbol('ControlPlaneConfig');
