import { fileURLToPath } from 'node:url';

/**
 * The browser register's script, compiled from register/page/app/main.ts (and the isomorphic core
 * it imports) by esbuild in memory, for the browser: nothing is built on disk or committed.
 * Bundled once per process (about 0.4 s) on the first page server's start; a build error fails
 * that start loudly instead of serving a blank page.
 */
export interface PageBundle {
  js: string;
  map: string;
}

const ENTRY = fileURLToPath(new URL('../../page/app/main.ts', import.meta.url));
let bundle: Promise<PageBundle> | undefined;

export function pageBundle(): Promise<PageBundle> {
  bundle ??= build().catch((e: unknown) => {
    bundle = undefined; // let a later start try again
    throw e;
  });
  return bundle;
}

async function build(): Promise<PageBundle> {
  const esbuild = await import('esbuild'); // loaded only by a process that serves the page
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outfile: 'app.js',
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    sourcemap: 'linked',
    write: false,
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
  if (!js || !map) throw new Error('esbuild produced no app.js for the browser register');
  return { js: js.text, map: map.text };
}
