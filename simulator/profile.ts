/**
 * The Magento release and edition being simulated. Version-dependent behaviour (magento-rest.md §19)
 * asks `atLeast(profile, '2.4.7')` instead of comparing strings.
 */
export const VERSIONS = ['2.4.6', '2.4.7', '2.4.8', '2.4.9'] as const;
export type MagentoVersion = (typeof VERSIONS)[number];
export const EDITIONS = ['open-source', 'commerce'] as const;
export type Edition = (typeof EDITIONS)[number];

export interface Profile {
  version: MagentoVersion;
  edition: Edition;
  /** Off by default: the POS-extension routes (docs/pos-extension.md) are installed. */
  strictCore: boolean;
  /** Magento's developer mode: 500s carry the real message and a trace. */
  developerMode: boolean;
}

export const DEFAULT_PROFILE: Profile = {
  version: '2.4.8',
  edition: 'open-source',
  strictCore: false,
  developerMode: false,
};

export function atLeast(profile: Pick<Profile, 'version'>, version: MagentoVersion): boolean {
  return VERSIONS.indexOf(profile.version) >= VERSIONS.indexOf(version);
}
