/**
 * `posgate register --ui`: serves the browser register (register/page) instead of the JSON
 * service. The register runs in the browser, on the same core as the Node register; this process
 * serves the page, its session (`--session <file>`: a RegisterSession as JSON, `dataDir` optional)
 * and Magento same-origin under `/magento`. It prints the page's URL and stops on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { type PageSessionInput, type RegisterPage, startRegisterPage } from '../../register/index.ts';
import { CliError } from './errors.ts';
import { cliLog } from './logger.ts';

export interface UiOptions {
  port: number;
  host: string;
  /** Path of the session file, if any. */
  session?: string | undefined;
}

export async function runRegisterPage(options: UiOptions, untilStopped: () => Promise<void>): Promise<void> {
  const session = options.session === undefined ? undefined : readSession(options.session);
  const page = await start({ port: options.port, host: options.host, session }, options.session);
  cliLog.info(`posgate register: the browser register at ${page.url}`);
  if (session) {
    cliLog.info(
      `  till ${session.registerId}, Magento ${session.magentoUrl} (passed through as ${page.url}magento)`,
    );
  } else {
    cliLog.info('  no session: pages answer "no register session" until started with --session <file>');
  }
  cliLog.info(
    '  Its queue lives in the browser (IndexedDB of this origin): keep the same --port for a till.',
  );
  cliLog.info('Stop with Ctrl+C.');
  await untilStopped();
  await page.close();
  cliLog.info('posgate register: stopped');
}

function readSession(file: string): PageSessionInput {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PageSessionInput;
  } catch (e) {
    throw new CliError(`cannot read the session file ${file}: ${(e as Error).message}`);
  }
}

async function start(
  o: { port: number; host: string; session: PageSessionInput | undefined },
  file: string | undefined,
): Promise<RegisterPage> {
  try {
    return await startRegisterPage(o.session ? o : { port: o.port, host: o.host });
  } catch (err) {
    const issues = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    if (issues) {
      const list = issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new CliError(`${file} is not a register session: ${list}`);
    }
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      throw new CliError(
        `${o.host}:${o.port} is already in use: stop what listens there, or pick another --port (0 = any)`,
      );
    }
    throw new CliError(`cannot start the browser register on ${o.host}:${o.port}: ${e.message}`);
  }
}
