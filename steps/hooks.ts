import { After, Before, type ITestCaseHookParameter, Status } from '@cucumber/cucumber';
import { SKIP_REASON_PREFIX } from '../harness/reports/run-results.ts';
import type { MagentoVersion } from '../harness/world/worker-env.ts';
import type { StepWorld } from './world.ts';

const versionTag = (p: ITestCaseHookParameter): MagentoVersion | undefined =>
  p.pickle.tags.map((t) => /^@magento-(2\.4\.\d)$/.exec(t.name)?.[1]).find(Boolean) as
    | MagentoVersion
    | undefined;

Before(async function (this: StepWorld, p) {
  await this.prepare(versionTag(p));
  if (p.pickle.tags.some((t) => t.name === '@simulator') && !this.target.control) {
    this.attach(
      `${SKIP_REASON_PREFIX}needs the simulator's control API (@simulator), which this Magento does not have`,
    );
    return 'skipped';
  }
  return undefined;
});

After(async function (this: StepWorld, p) {
  const unaccounted = p.result?.status === Status.PASSED ? await this.unaccountedQueue() : 0;
  await this.close();
  const journal = this.target?.control ? await this.target.control.journal() : [];
  if (p.result?.status === Status.FAILED && journal.length > 0) {
    this.attach(JSON.stringify(journal, null, 2), {
      mediaType: 'application/json',
      fileName: 'simulator-journal.json',
    });
  }
  const unhandled = journal.filter((e) => e.unhandled);
  if (p.result?.status === Status.PASSED) {
    if (this.registerErrors.length > 0)
      throw new Error(`the register threw: ${this.registerErrors.join('; ')}`);
    if (unaccounted > 0) {
      throw new Error(
        `${unaccounted} sale(s) are still queued or held in the register and no step accounted for them`,
      );
    }
    if (unhandled.length > 0) {
      throw new Error(
        `the register called routes Magento does not have: ${unhandled.map((e) => `${e.method} ${e.url}`).join(', ')}`,
      );
    }
  }
});
