import { z } from 'zod';
import type { ToxicDefinition } from './registry.ts';

/** Passes everything through untouched; also the hidden head of every link. */
export const noop: ToxicDefinition<Record<string, never>> = {
  type: 'noop',
  goName: 'NoopToxic',
  attributes: z.object({}),
};
