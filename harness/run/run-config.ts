import { z } from 'zod';

/**
 * What one `posgate run` asks of its Cucumber workers, written to a JSON file whose path the
 * workers find in `POSGATE_RUN_CONFIG`. The embedded target starts everything in each worker; an
 * external target points at a Magento started elsewhere.
 */
export const RunConfig = z.strictObject({
  target: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('embedded'),
      version: z.enum(['2.4.6', '2.4.7', '2.4.8', '2.4.9']).default('2.4.8'),
      edition: z.enum(['open-source', 'commerce']).default('commerce'),
    }),
    z.strictObject({
      kind: z.literal('external'),
      magentoUrl: z.url(),
      /** Where the register reaches Magento (a CDN or WAF in front of it), if not magentoUrl. */
      registerVia: z.url().optional(),
      auth: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('token'), token: z.string() }),
        z.strictObject({ kind: z.literal('admin'), username: z.string(), password: z.string() }),
        z.strictObject({
          kind: z.literal('integration'),
          consumerKey: z.string(),
          consumerSecret: z.string(),
          accessToken: z.string(),
          accessTokenSecret: z.string(),
        }),
      ]),
      /** Control API of a simulator started elsewhere (enables @simulator scenarios). */
      controlToken: z.string().optional(),
      /** Link the run's sources to the merchant's stocks instead of reporting them missing (--share-stocks). */
      shareStocks: z.boolean().default(false),
      /** Config paths confirmed set as the setups say (true: all of them) (--assume-config). */
      assumeConfig: z.union([z.boolean(), z.array(z.string())]).default(false),
    }),
  ]),
  /** `reference`, an HTTP driver URL, a module path, or `browser`. */
  driver: z.string().default('reference'),
  seed: z.number().int().default(1),
  /** Toxiproxy API to use instead of starting posgate's own fault proxy. */
  toxiproxyUrl: z.string().optional(),
  reportsDir: z.string(),
  /** Per-run namespace for SKUs, customers and sources seeded into a real Magento. */
  namespace: z.string(),
});
export type RunConfig = z.infer<typeof RunConfig>;

export const RUN_CONFIG_ENV = 'POSGATE_RUN_CONFIG';

/** Tag expression per pack. */
export const PACKS = {
  smoke: '@smoke',
  golive: '@golive',
  full: 'not @wip',
} as const;
export type Pack = keyof typeof PACKS;
