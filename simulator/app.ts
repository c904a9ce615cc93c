import express, { type Express } from 'express';
import { createControlHandler } from './control/control-api.ts';
import { FaultRules } from './control/fault-rules.ts';
import { controlRoutes } from './control/routes.ts';
import { createMagentoHandler } from './http/app.ts';
import type { Logger } from './logger.ts';
import { ROUTES } from './routes.ts';
import type { SimulatorRuntime } from './runtime.ts';

export interface AppOptions {
  control: boolean;
  controlToken?: string | undefined;
  /** The fault table shared by `/__sim/faults` and the Magento handler (a new one if not given). */
  faults?: FaultRules;
  logger: Logger;
}

/** Builds the simulator's Express app without listening: Magento REST, plus `/__sim` when enabled. */
export function createApp(rt: SimulatorRuntime, options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  const faults = options.faults ?? new FaultRules();
  if (options.control)
    app.use('/__sim', createControlHandler(controlRoutes(rt, faults), options.controlToken));
  app.use(
    createMagentoHandler({
      services: rt.services,
      routes: ROUTES,
      journal: rt.journal,
      faults,
      onInternalError: (m) => options.logger.error(`internal error: ${m}`),
    }),
  );
  return app;
}
