import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import {
  type RegisterDriver,
  RegisterSession,
  ReturnRequest,
  Sale,
  type SaleResult,
} from '../../../contracts/driver.ts';
import { MagentoRejection } from '../../core/errors.ts';
import { QueueError } from '../../core/queue-entry.ts';
import type { HeldSale } from '../../core/register/reference-register.ts';
import { RegisterNotOpen } from '../../core/register/reference-register.ts';
import { SessionSetupError } from '../../core/session/environment.ts';
import { StockUnknown } from '../../core/stock/stock-cache.ts';
import { BadRequest, parseBody } from './validation.ts';

/**
 * The register service: the driver contract as JSON over HTTP, for registers written in any
 * language (docs/driver-contract.md). One route per operation; bodies validated with the
 * contract's zod schemas (400 naming the field); failures mapped in one place.
 *
 * | route                          | body            | answer                 |
 * | ------------------------------ | --------------- | ---------------------- |
 * | `POST /open`                   | RegisterSession | 204                    |
 * | `POST /sell`                   | Sale            | 200 SaleResult         |
 * | `POST /return`                 | ReturnRequest   | 200 ReturnResult       |
 * | `GET /stock/:sku`              |                 | 200 StockReading       |
 * | `POST /sync`                   |                 | 200 SyncReport         |
 * | `GET /status`                  |                 | 200 RegisterStatus     |
 * | `POST /close`                  |                 | 204                    |
 * | `GET /held`                    |                 | 200 HeldSale[] (opt.)  |
 * | `POST /held/:saleId/release`   |                 | 200 SaleResult (opt.)  |
 * | `POST /held/:saleId/void`      | `{reason}`      | 204 (opt.)             |
 */
export interface ReviewableDriver extends RegisterDriver {
  held?(): Promise<HeldSale[]>;
  release?(saleId: string): Promise<SaleResult>;
  voidSale?(saleId: string, reason: string): Promise<void>;
}

const VoidBody = z.strictObject({ reason: z.string().min(1) });

export function createRegisterApp(driver: ReviewableDriver): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb', strict: false }));
  const json = (run: (req: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
    res.json(await run(req));
  };
  const none = (run: (req: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
    await run(req);
    res.status(204).end();
  };
  app.post(
    '/open',
    none((req) => driver.open(parseBody(RegisterSession, req.body, 'session'))),
  );
  app.post(
    '/sell',
    json((req) => driver.sell(parseBody(Sale, req.body, 'sale'))),
  );
  app.post(
    '/return',
    json((req) => driver.returnItems(parseBody(ReturnRequest, req.body, 'return'))),
  );
  app.get(
    '/stock/:sku',
    json((req) => driver.stockLevel(String(req.params['sku']))),
  );
  app.post(
    '/sync',
    json(() => driver.sync()),
  );
  app.get(
    '/status',
    json(() => driver.status()),
  );
  app.post(
    '/close',
    none(() => driver.close()),
  );
  app.get(
    '/held',
    json(() => (driver.held ? driver.held() : unsupported('held'))),
  );
  app.post(
    '/held/:saleId/release',
    json((req) => (driver.release ? driver.release(String(req.params['saleId'])) : unsupported('release'))),
  );
  app.post(
    '/held/:saleId/void',
    none((req) => {
      const { reason } = parseBody(VoidBody, req.body, 'void');
      return driver.voidSale ? driver.voidSale(String(req.params['saleId']), reason) : unsupported('void');
    }),
  );
  app.use((req: Request, res: Response) => {
    res.status(404).json({ message: `no such route: ${req.method} ${req.path}` });
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const [status, body] = failure(err);
    res.status(status).json(body);
  });
  return app;
}

class Unsupported extends Error {}

function unsupported(what: string): Promise<never> {
  return Promise.reject(new Unsupported(`this register does not support ${what}`));
}

/** The one place a failure becomes a status and a body. */
function failure(err: unknown): [number, Record<string, unknown>] {
  if (err instanceof BadRequest) return [400, { message: err.message, field: err.field, issues: err.issues }];
  const e = err as { type?: string; status?: number; message?: string };
  if (e?.type === 'entity.parse.failed')
    return [400, { message: `the body is not valid JSON: ${e.message}`, field: '(body)' }];
  if (e?.type === 'entity.too.large') return [413, { message: 'the body is too large (1 MB at most)' }];
  if (err instanceof RegisterNotOpen) return [409, { message: err.message }];
  if (err instanceof Unsupported) return [501, { message: err.message }];
  if (err instanceof QueueError)
    return [/not in the queue/.test(err.message) ? 404 : 409, { message: err.message }];
  if (err instanceof StockUnknown) return [503, { message: err.message }];
  if (err instanceof MagentoRejection)
    return [422, { message: err.renderedMessage, magentoStatus: err.status }];
  if (err instanceof SessionSetupError) return [422, { message: err.message }];
  if (err instanceof z.ZodError) return [400, { message: err.message }];
  return [500, { message: err instanceof Error ? err.message : String(err) }];
}
