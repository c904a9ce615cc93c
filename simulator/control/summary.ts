import type { Services } from '../context.ts';
import { listStoreViews, websiteById } from '../modules/store/stores.ts';
import type { Profile } from '../profile.ts';

/** What a running simulator is: the release it plays and the store views a register can use. */
export interface SimulatorSummary extends Profile {
  storeViews: Array<{ id: number; code: string; name: string; website: string; websiteName: string }>;
}

/** Summarises the simulator for `GET /__sim/info` and the `posgate sim` banner (admin store left out). */
export function summarize(s: Services): SimulatorSummary {
  return {
    ...s.profile,
    storeViews: listStoreViews(s)
      .filter((v) => v.id !== 0)
      .map((v) => {
        const site = websiteById(s, v.website_id);
        return {
          id: v.id,
          code: v.code,
          name: v.name,
          website: site?.code ?? '',
          websiteName: site?.name ?? '',
        };
      }),
  };
}
