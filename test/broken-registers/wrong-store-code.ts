/**
 * A broken register for the harness's own tests: the reference register, except that it sells on
 * the default store view whatever its session says. Every call goes out under `/rest/default/V1`
 * (the classic of Magento issues #4495 and PR #15320: carts created without the store view's code
 * land in the default store), so a French till's orders are English orders. The bug rides on the
 * register's HTTP seam (`RegisterOptions.http`), not in its code.
 */
import axios from 'axios';
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

const STORE_PREFIX = /\/rest\/(?!default\/|V1\/)[^/]+\/V1\//;

export default function createDriver(): RegisterDriver {
  const http = axios.create();
  http.interceptors.request.use((config) => {
    if (config.url) config.url = config.url.replace(STORE_PREFIX, '/rest/default/V1/');
    return config;
  });
  return createReferenceRegister({ http });
}
