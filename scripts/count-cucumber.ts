/**
 * Counts Cucumber scenarios from a messages (ndjson) file: passed, failed, skipped.
 * A scenario that was retried counts once, by its last attempt; undefined, pending, skipped or
 * ambiguous steps make it not-passed (skipped or failed), never passed.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: count-cucumber <messages.ndjson>');
const worst = new Map<string, string>();
const rank = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED', 'UNKNOWN'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const msg = JSON.parse(line);
  if (msg.testCaseStarted) worst.set(msg.testCaseStarted.id, 'PASSED');
  if (msg.testStepFinished) {
    const id = msg.testStepFinished.testCaseStartedId;
    const status = msg.testStepFinished.testStepResult.status;
    const prev = worst.get(id) ?? 'PASSED';
    if (rank.indexOf(status) > rank.indexOf(prev)) worst.set(id, status);
  }
  if (msg.testCaseFinished) {
    if (msg.testCaseFinished.willBeRetried) continue;
    const status = worst.get(msg.testCaseFinished.testCaseStartedId) ?? 'UNKNOWN';
    if (status === 'PASSED') passed++;
    else if (status === 'SKIPPED') skipped++;
    else failed++;
  }
}
process.stdout.write(`${passed} ${failed} ${skipped}\n`);
