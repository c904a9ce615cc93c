import { After, Before, type ITestCaseHookParameter, Status } from '@cucumber/cucumber';
import { SKIP_REASON_PREFIX } from '../harness/reports/run-results.ts';
import { browserNotRunnable, browserScreenshot } from '../harness/world/browser.ts';
import { PosWorld } from '../harness/world/pos-world.ts';
import type { MagentoVersion } from '../harness/world/worker-env.ts';
import type { StepWorld } from './world.ts';

const versionTag = (p: ITestCaseHookParameter): MagentoVersion | undefined =>
  p.pickle.tags.map((t) => /^@magento-(2\.4\.\d)$/.exec(t.name)?.[1]).find(Boolean) as
    | MagentoVersion
    | undefined;

Before(async function (this: StepWorld, p) {
  await this.prepare(versionTag(p));
  this.tags = p.pickle.tags.map((t) => t.name);
  if (p.pickle.tags.some((t) => t.name === '@simulator') && !this.target.control) {
    this.attach(
      `${SKIP_REASON_PREFIX}needs the simulator's control API (@simulator), which this Magento does not have`,
    );
    return 'skipped';
  }
  const target = PosWorld.env.config.target;
  if (this.tags.includes('@commerce') && target.kind === 'embedded' && target.edition === 'open-source') {
    this.attach(
      `${SKIP_REASON_PREFIX}needs Adobe Commerce (@commerce): gift cards, store credit and reward points, which the open-source edition does not have`,
    );
    return 'skipped';
  }
  const version = versionTag(p);
  if (version && this.target.version === 'external') {
    this.attach(
      `${SKIP_REASON_PREFIX}needs Magento ${version} (@magento-${version}); posgate cannot tell the version of a Magento given by --magento`,
    );
    return 'skipped';
  }
  return undefined;
});

/** A browser scenario (@browser, or any with --driver browser) needs Chromium: without it, not run. */
Before(function (this: StepWorld, p) {
  const why = browserNotRunnable(
    p.pickle.tags.map((t) => t.name),
    PosWorld.env.config.driver,
  );
  if (!why) return undefined;
  this.attach(`${SKIP_REASON_PREFIX}${why}`);
  return 'skipped';
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

/**
 * A failed browser scenario shows its screen. Defined last, so it runs first (Cucumber runs After
 * hooks in reverse order): the browser is still open.
 */
After(async function (this: StepWorld, p) {
  if (p.result?.status !== Status.FAILED) return;
  const png = await browserScreenshot(this);
  if (png) this.attach(png, 'image/png');
});
