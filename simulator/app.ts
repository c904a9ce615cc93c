import express, { type Express } from 'express';
import { createControlHandler } from './control/control-api.ts';
import { controlRoutes } from './control/routes.ts';
import { createMagentoHandler } from './http/app.ts';
import type { FaultHooks } from './http/faults.ts';
import type { Logger } from './logger.ts';
import { ROUTES } from './routes.ts';
import type { SimulatorRuntime } from './runtime.ts';

export interface AppOptions {
  control: boolean;
  controlToken?: string | undefined;
  faults?: FaultHooks;
  logger: Logger;
}

/** Builds the simulator's Express app without listening: Magento REST, plus `/__sim` when enabled. */
export function createApp(rt: SimulatorRuntime, options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  if (options.control) app.use('/__sim', createControlHandler(controlRoutes(rt), options.controlToken));
  app.use(
    createMagentoHandler({
      services: rt.services,
      routes: ROUTES,
      journal: rt.journal,
      ...(options.faults ? { faults: options.faults } : {}),
      onInternalError: (m) => options.logger.error(`internal error: ${m}`),
    }),
  );
  return app;
}
