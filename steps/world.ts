import {
  AfterAll,
  BeforeAll,
  type IWorldOptions,
  setDefaultTimeout,
  setWorldConstructor,
} from '@cucumber/cucumber';
import { loadRunConfig } from '../harness/world/load-run-config.ts';
import { PosWorld } from '../harness/world/pos-world.ts';
import { WorkerEnvironment } from '../harness/world/worker-env.ts';

/** The World Cucumber builds per scenario: the harness's PosWorld plus Cucumber's attach. */
export class StepWorld extends PosWorld {
  readonly attach: IWorldOptions['attach'];
  constructor(options: IWorldOptions) {
    super();
    this.attach = options.attach;
  }
}

setWorldConstructor(StepWorld);
setDefaultTimeout(30_000);

BeforeAll(async () => {
  PosWorld.env = new WorkerEnvironment(loadRunConfig());
});

AfterAll(async () => {
  await PosWorld.env?.close();
});
