import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { judge } from './compare.ts';
import { ReconcileError } from './errors.ts';
import { bandFor, DEFAULT_THRESHOLDS, loadThresholds, parseThresholds, thresholdFor } from './thresholds.ts';

const D = DEFAULT_THRESHOLDS;

describe('velocity bands and thresholds (defaults)', () => {
  test('a 1-unit gap on a fast seller is noise: not flagged', () => {
    const row = judge('FAST', 'shop_a', 41, 40, 12, D);
    assert.equal(row.band, 'fast');
    assert.equal(row.threshold, 3);
    assert.equal(row.flagged, false);
    assert.equal(row.status, 'ok');
  });

  test('a 10-unit gap on a slow seller is not noise: flagged', () => {
    const row = judge('SLOW', 'shop_a', 12, 2, 0.1, D);
    assert.equal(row.band, 'slow');
    assert.equal(row.threshold, 1);
    assert.equal(row.flagged, true);
    assert.equal(row.status, 'drift');
    assert.equal(row.severity, 10);
  });

  test('the same gap is judged by the band: 3 units pass on a fast seller, not on a medium one', () => {
    assert.equal(judge('X', 's', 13, 10, 5, D).flagged, false);
    assert.equal(judge('X', 's', 13, 10, 4.99, D).flagged, true);
  });

  test('a band holds velocities from its floor up to the next band', () => {
    const name = (v: number) => bandFor(v, D).name;
    assert.deepEqual([0, 0.49, 0.5, 4.99, 5, 500].map(name), [
      'slow',
      'slow',
      'medium',
      'medium',
      'fast',
      'fast',
    ]);
  });

  test('the relative allowance takes over for large quantities (of the ERP side)', () => {
    const fast = bandFor(10, D);
    assert.equal(thresholdFor(fast, 40), 3);
    assert.equal(thresholdFor(fast, 200), 10);
    assert.equal(judge('X', 's', 210, 200, 10, D).flagged, false); // 10 tolerated
    assert.equal(judge('X', 's', 211, 200, 10, D).flagged, true);
    assert.equal(judge('X', 's', 211, 200, 10, D).severity, 1.1);
  });

  test('a zero tolerance flags any difference, with a finite severity', () => {
    const strict = parseThresholds({ bands: [{ name: 'all', min_velocity: 0, absolute: 0 }] }, 'strict');
    const row = judge('X', 's', 3, 2, 0, strict);
    assert.deepEqual([row.threshold, row.flagged, row.severity], [0, true, 1]);
    assert.equal(judge('X', 's', 2, 2, 0, strict).flagged, false);
  });
});

describe('thresholds file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'posgate-thresholds-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const invalid = (raw: unknown, pattern: RegExp) =>
    assert.throws(
      () => parseThresholds(raw, 'rules.json'),
      (err: unknown) =>
        err instanceof ReconcileError &&
        err.kind === 'input' &&
        !err.message.includes('\n') &&
        pattern.test(err.message),
    );

  test('JSON and YAML files are read and validated; relative defaults to 0', async () => {
    const json = await loadThresholds(
      write(
        'r.json',
        '{"bands":[{"name":"any","min_velocity":0,"absolute":4}],"flag_missing_when_zero":true}',
      ),
    );
    assert.deepEqual(json.bands, [{ name: 'any', min_velocity: 0, absolute: 4, relative: 0 }]);
    assert.equal(json.flag_missing_when_zero, true);
    const yaml = await loadThresholds(
      write('r.yaml', 'bands:\n  - {name: any, min_velocity: 0, absolute: 2, relative: 0.1}\n'),
    );
    assert.equal(yaml.bands[0]?.relative, 0.1);
    assert.equal(yaml.flag_missing_when_zero, false);
  });

  test('a file that changes the bands changes the verdict', async () => {
    const lax = await loadThresholds(
      write('lax.json', '{"bands":[{"name":"lax","min_velocity":0,"absolute":20}]}'),
    );
    assert.equal(judge('SLOW', 'shop_a', 12, 2, 0.1, lax).flagged, false);
  });

  test('bad files are one line naming the problem and where', async () => {
    await assert.rejects(loadThresholds(join(dir, 'none.json')), {
      message: `cannot read the thresholds file ${join(dir, 'none.json')}: no such file`,
    });
    await assert.rejects(loadThresholds(write('bad.json', '{"bands": [')), /is not valid JSON: /);
    invalid(
      { bands: [{ name: 'fast', min_velocity: 5, absolute: 3 }] },
      /bands: one band must have min_velocity 0/,
    );
    invalid({ bands: [] }, /bands: /);
    invalid(
      {
        bands: [
          { name: 'a', min_velocity: 0, absolute: 1 },
          { name: 'a', min_velocity: 1, absolute: 1 },
        ],
      },
      /bands\.1\.name: band "a" is named twice/,
    );
    invalid({ bands: [{ name: 'a', min_velocity: 0, absolute: -1 }] }, /bands\.0\.absolute: /);
    invalid({ bands: [{ name: 'a', min_velocity: 0, absolute: 1, relative: 5 }] }, /bands\.0\.relative: /);
    invalid({ bands: [{ name: 'a', min_velocity: 0, absolut: 1 }] }, /bands\.0/);
    invalid({ bands: [{ name: 'a', min_velocity: 0, absolute: 1 }], extra: 1 }, /not valid: .*extra/);
  });
});
