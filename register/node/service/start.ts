import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReferenceRegister } from '../node-register.ts';
import { createRegisterApp, type ReviewableDriver } from './app.ts';

/**
 * Starts the register service (`posgate register --port N`): the reference register, or any
 * driver given, behind the JSON routes of app.ts. Port 0 picks a free port.
 */
export interface RegisterServiceOptions {
  port?: number;
  host?: string;
  driver?: ReviewableDriver;
}

export interface RegisterService {
  url: string;
  driver: ReviewableDriver;
  close(): Promise<void>;
}

export async function startRegisterService(options: RegisterServiceOptions = {}): Promise<RegisterService> {
  const driver = options.driver ?? createReferenceRegister();
  const host = options.host ?? '127.0.0.1';
  const server: Server = createRegisterApp(driver).listen(options.port ?? 0, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}`,
    driver,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
