import type { Services } from '../../context.ts';
import { SPLIT_METHOD } from './types.ts';

/**
 * The POS extension's payment method `pos_split` is declared by config (`config/defaults.ts`, as
 * the extension's etc/config.xml would); a strict-core install has no extension, so the method is
 * switched off there (`The requested Payment Method is not available.`).
 */
export function seedPosExtension(s: Services): void {
  if (s.profile.strictCore) s.config.set(`payment/${SPLIT_METHOD}/active`, '0');
}
