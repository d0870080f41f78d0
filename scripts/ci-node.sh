#!/usr/bin/env bash
# The grader on another node major: `bash scripts/ci-node.sh 24` runs the whole vitest suite on the
# newest node 24, `bash scripts/ci-node.sh 22 test/a.test.ts …` only the files named. Run by .ci/run
# after npm test (which runs on the machine's node 20).
#
# The binary comes from the npm registry's `node-linux-<arch>` package (what the `node` package's
# install script fetches with a nested `npm install`; installed directly here, so no install script
# runs). It goes under /opt, not npx's cache under /root (0700): the sandbox starts student processes
# with the grader's own binary (process.execPath) as a dedicated uid, which must be able to run it.
# A second run reuses the install. Skipped, saying why, when npm cannot reach the registry.
set -euo pipefail
major="${1:?usage: ci-node.sh MAJOR [test files…]}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${MLGRADE_NODE_PREFIX:-/opt}/mlgrade-node$major"
pkg="node-linux-$(node -p process.arch)"
node="$prefix/node_modules/$pkg/bin/node"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

installed_major() { [ -x "$node" ] && "$node" -p 'process.versions.node.split(".")[0]' 2>/dev/null; }
if [ "$(installed_major || true)" != "$major" ]; then
  mkdir -p "$prefix"
  if ! npm install --prefix "$prefix" --ignore-scripts --no-audit --no-fund --loglevel=error "$pkg@$major" >"$log" 2>&1; then
    echo "ci-node: node $major SKIPPED — npm could not install $pkg@$major into $prefix:"
    grep -v "^npm error *$" "$log" | head -3
    exit 0
  fi
fi
# readable and runnable by every uid, whatever umask npm ran under
chmod -R a+rX "$prefix"
# (through sh: setpriv itself would find the file as root)
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
  ! setpriv --reuid=65534 --regid=65534 --clear-groups sh -c '"$1" -e 0' sh "$node"; then
  echo "ci-node: $node cannot be run by an unprivileged uid (a parent folder not searchable?): the sandbox's dedicated uid would fail"
  exit 1
fi
version="$("$node" --version)"
cd "$root"
# `node` on the PATH is this one too, for anything the tests start by name
export PATH="$prefix/node_modules/.bin:$PATH"

# grade itself: the reference passes (exit 0), a wrong dW fails (exit 1), the student processes in every sandbox layer
work="$(mktemp -d)"
trap 'rm -f "$log"; rm -rf "$work"' EXIT
cp -r reference "$work/sub"
"$node" bin/grade.js --submission "$work/sub" --json --out-dir "$work/out" >"$work/ref.json" ||
  { echo "ci-node: grade of the reference on $version did not pass:"; head -c 2000 "$work/ref.json"; exit 1; }
cp -r test/fixtures/submissions/fail/missing-1-over-m/. "$work/sub/"
code=0
"$node" bin/grade.js --submission "$work/sub" --exercise deep-network --no-color --out-dir "$work/out" >"$work/fail.log" 2>&1 || code=$?
if [ "$code" != 1 ] || ! grep -q '✗ dW ' "$work/fail.log"; then
  echo "ci-node: grade of fail/missing-1-over-m on $version: exit $code, and dW should fail:"; cat "$work/fail.log"; exit 1
fi
layers="$("$node" -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).sandbox.layers.join(" ")' "$work/ref.json")"
if [ "$(id -u)" = 0 ] && [[ " $layers " != *" dedicated-uid "* ]]; then
  echo "ci-node: as root, the student processes ran without their dedicated uid on $version (layers: $layers)"
  exit 1
fi
echo "ci-node: grade on $version: reference passed, fail/missing-1-over-m failed; sandbox layers: $layers"

echo "ci-node: vitest on $version ($node)${*:+: $*}"
"$node" node_modules/vitest/vitest.mjs run "$@"
