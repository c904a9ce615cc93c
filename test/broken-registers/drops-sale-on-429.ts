/**
 * A broken register for the harness's own tests: the reference register, except that it takes a
 * 429 Too Many Requests for a refusal. The CDN's "come back in a second" becomes a declined sale
 * that is neither waited for nor queued: the customer is sent away (field guide §6). The bug rides
 * on the register's HTTP seam (`RegisterOptions.http`), not in its code.
 */
import axios from 'axios';
import type { RegisterDriver } from '../../contracts/driver.ts';
import { createReferenceRegister } from '../../register/index.ts';

export default function createDriver(): RegisterDriver {
  const http = axios.create();
  http.interceptors.response.use((res) =>
    res.status === 429
      ? {
          ...res,
          status: 400,
          statusText: 'Bad Request',
          data: JSON.stringify({ message: 'Too Many Requests' }),
        }
      : res,
  );
  return createReferenceRegister({ http });
}
