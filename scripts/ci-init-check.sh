#!/usr/bin/env bash
# A student workspace made anywhere works with the packed grader: `grade init hw`, the repository
# packed with `npm pack`, installed into hw preferring npm's cache, then `npx grade` grades the
# starters and `npx tsc --noEmit` reports a type error planted in a step with its file and line.
# Skipped, saying why, when npm cannot install (no network and the packages not in its cache). Run by .ci/run after npm test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
[ -f dist/cli.js ] || npm run build >/dev/null
tarball="$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -1)"
node bin/grade.js init "$work/hw" --from "$work/$tarball" >/dev/null
cd "$work/hw"
if ! npm install --prefer-offline --no-audit --no-fund --loglevel=error >"$work/install.log" 2>&1; then
  echo "ci-init-check: SKIPPED — npm could not install the workspace (no network, and the packages not in its cache):"
  tail -3 "$work/install.log"
  exit 0
fi
[ ! -e reference ] || { echo "ci-init-check: the workspace holds reference/"; exit 1; }
set +e
npx --no-install grade --no-color >"$work/grade.log" 2>&1
code=$?
set -e
# the starters are not implemented yet: graded, every step failing (exit 1), a results file written
if [ "$code" -ne 1 ] || ! grep -q 'not implemented yet' "$work/grade.log" || [ ! -f grade-results/results.json ]; then
  echo "ci-init-check: npx grade in the workspace failed (exit $code):"; cat "$work/grade.log"; exit 1
fi
npx --no-install tsc --noEmit || { echo "ci-init-check: the starters do not type-check"; exit 1; }
file=exercises/logistic-regression/sigmoid.ts
line="$(grep -n 'throw new Error' "$file" | head -1 | cut -d: -f1)"
sed -i "${line}i\\  const planted: number = 'not a number';" "$file"
if npx --no-install tsc --noEmit >"$work/tsc.log" 2>&1; then echo "ci-init-check: tsc missed the planted type error"; exit 1; fi
grep -q "^$file($line,[0-9]*): error TS2322" "$work/tsc.log" || { echo "ci-init-check: tsc did not name $file:$line:"; cat "$work/tsc.log"; exit 1; }
echo "ci-init-check: ok (grade init, npm install of $tarball, npx grade, npx tsc naming $file:$line)"
