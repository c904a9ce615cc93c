/**
 * A broken register for the harness's own tests: the reference register, except that it ships
 * every till order from the `default` source, the single-source integration's habit, whatever
 * shop it stands in. Under MSI the shop's own source never drops (and the shipment fails where
 * the Default Source holds none of the goods): the shop shows stock it sold (field guide §2, §6:
 * "does it know which source to decrement for each location?"). The bug rides on the register's
 * HTTP seam (`RegisterOptions.http`): the shipment request names `default` as its source.
 */
import axios from 'axios';
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

const SHIP = /\/V1\/order\/\d+\/ship$/;

export default function createDriver(): RegisterDriver {
  const http = axios.create();
  http.interceptors.request.use((config) => {
    if (config.method?.toUpperCase() !== 'POST' || !SHIP.test(config.url ?? '')) return config;
    const body = JSON.parse(String(config.data ?? '{}')) as Record<string, unknown>;
    const args = (body['arguments'] ?? {}) as Record<string, unknown>;
    const ext = (args['extension_attributes'] ?? {}) as Record<string, unknown>;
    config.data = JSON.stringify({
      ...body,
      arguments: { ...args, extension_attributes: { ...ext, source_code: 'default' } },
    });
    return config;
  });
  return createReferenceRegister({ http });
}
