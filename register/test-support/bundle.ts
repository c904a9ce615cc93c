import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Bundles a test child process once with esbuild (tsx's own copy), so each of the dozens of
 * processes a kill test starts is a plain `node x.mjs` (~0.25 s of CPU) instead of a
 * `node --import tsx` start (~1 s); see docs/register.md "kill test".
 */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<unknown>;
}

export async function bundledCommand(entry: string, outDir: string, viaTsx: boolean): Promise<string[]> {
  if (viaTsx) return ['--import', 'tsx', entry];
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = fromTsx('esbuild') as Esbuild;
  const outfile = join(outDir, 'child.mjs');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return [outfile];
}
