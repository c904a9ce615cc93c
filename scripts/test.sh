#!/usr/bin/env bash
# The project's test command (`npm test`): typecheck, lint, unit tests under c8, then the Cucumber
# features. It ends with one line `N passed, N failed[, N skipped]` whose numbers are read from the
# runners' own output (TAP counts, Cucumber's messages), plus one check each for typecheck and lint.
set -u
cd "$(dirname "$0")/.." || exit 1
mkdir -p reports
passed=0; failed=0; skipped=0

check() { # name, command...
  local name=$1; shift
  if "$@" > "reports/$name.log" 2>&1; then passed=$((passed + 1)); echo "ok: $name";
  else failed=$((failed + 1)); echo "FAILED: $name"; tail -n 40 "reports/$name.log"; fi
}

check typecheck npx tsc --noEmit -p .
check typecheck-page npx tsc --noEmit -p register/page
check lint npx biome check .

mapfile -t files < <(bash scripts/unit-files.sh)
if [ ${#files[@]} -gt 0 ]; then
  npx c8 node --import tsx --test --test-reporter=tap --test-concurrency=2 "${files[@]}" > reports/unit.tap 2> reports/unit.err
  unit_rc=$?
  tp=$(grep -E '^# pass ' reports/unit.tap | tail -n 1 | awk '{print $3}')
  tf=$(grep -E '^# fail ' reports/unit.tap | tail -n 1 | awk '{print $3}')
  ts=$(grep -E '^# (skipped|todo|cancelled) ' reports/unit.tap | awk '{s += $3} END {print s + 0}')
  if [ -z "$tp" ] || [ -z "$tf" ]; then
    echo "FAILED: the unit test runner printed no summary (exit $unit_rc)"; tail -n 40 reports/unit.err; failed=$((failed + 1))
  else
    passed=$((passed + tp)); failed=$((failed + tf)); skipped=$((skipped + ts))
    echo "unit tests: $tp passed, $tf failed, $ts skipped or cancelled (reports/unit.tap)"
    if [ "$tf" != 0 ] || [ "$ts" != 0 ]; then grep -nE -B2 -A30 '^\s*not ok ' reports/unit.tap | head -n 200; fi
    if [ "$unit_rc" != 0 ] && [ "$tf" = 0 ]; then echo "FAILED: unit runner exited $unit_rc"; failed=$((failed + 1)); fi
  fi
  grep -hE '^(Statements|Lines)' reports/unit.tap reports/unit.err || true
fi

if compgen -G 'features/**/*.feature' > /dev/null || compgen -G 'features/*.feature' > /dev/null; then
  # Two workers; the browser features run in test/browser-driver.test.ts (which also counts screenshots).
  NODE_OPTIONS='--import tsx' npx cucumber-js --parallel 2 --tags 'not @browser' --format message:reports/test-messages.ndjson --format summary > reports/cucumber-test.log 2>&1
  counts=$(node --import tsx scripts/count-cucumber.ts reports/test-messages.ndjson)
  read -r cp cf cs <<< "$counts"
  passed=$((passed + cp)); failed=$((failed + cf)); skipped=$((skipped + cs))
  echo "cucumber: $cp passed, $cf failed, $cs skipped"
  if [ "$cf" != 0 ]; then tail -n 80 reports/cucumber-test.log; fi
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
