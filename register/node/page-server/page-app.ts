import { readFileSync } from 'node:fs';
import express, { type Express } from 'express';
import { passThrough } from './magento-pass-through.ts';
import type { PageBundle } from './page-bundle.ts';
import { MAGENTO_PATH, type PageSession, servedSession } from './page-session.ts';

/**
 * The page server's routes:
 *
 * | route               | what                                                                 |
 * | ------------------- | -------------------------------------------------------------------- |
 * | `GET /`             | the register page (register/page/index.html)                         |
 * | `GET /app.js[.map]` | the page's script, bundled in memory                                 |
 * | `GET /session.json` | the session, `magentoUrl` = this origin's `/magento`; 404 without one |
 * | `* /magento/*`      | passed through to the session's Magento URL (magento-pass-through.ts) |
 *
 * `/session.json` also sends `Posgate-Magento-Base`: the URL Magento itself sees, which OAuth
 * signatures must cover.
 */
export interface PageState {
  session: PageSession | undefined;
}

const INDEX_HTML = new URL('../../page/index.html', import.meta.url);
const NO_SESSION =
  'no register session: start the page with `posgate register --ui --session <file>` or call setSession()';

export function createPageApp(state: PageState, bundle: PageBundle): Express {
  const index = readFileSync(INDEX_HTML, 'utf8');
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.get('/', (_req, res) => {
    res.type('html').send(index);
  });
  app.get('/app.js', (_req, res) => {
    res.type('text/javascript').send(bundle.js);
  });
  app.get('/app.js.map', (_req, res) => {
    res.type('application/json').send(bundle.map);
  });
  app.get('/session.json', (req, res) => {
    if (!state.session) {
      res.status(404).json({ message: NO_SESSION });
      return;
    }
    res.set('Posgate-Magento-Base', state.session.magentoUrl);
    res.json(servedSession(state.session, `${req.protocol}://${req.get('host')}`));
  });
  app.use(MAGENTO_PATH, (req, res) => {
    if (!state.session) {
      res.status(404).json({ message: NO_SESSION });
      return;
    }
    passThrough(req, res, state.session.magentoUrl);
  });
  return app;
}
