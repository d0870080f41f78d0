#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu): it installs
# Node.js 24 LTS when the image has no node 24 or newer (from NodeSource; Ubuntu's own `nodejs`
# package is too old; node 20 reached its end of life in April 2026), python3 with numpy when
# missing (Ubuntu's python3-numpy, for students who write Python), then the grader's dependencies
# from its lock file.
set -euo pipefail
cd "$(dirname "$0")"

node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'const [a] = process.versions.node.split(".").map(Number); process.exit(a >= 24 ? 0 : 1)'
}

if ! node_ok; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq ca-certificates curl gnupg >/dev/null
  curl -fsSL https://deb.nodesource.com/setup_24.x | bash -
  apt-get install -y -qq nodejs >/dev/null
fi
node --version

# Python submissions run under a dedicated uid: the system python3 (not a pyenv under /root) with numpy
if ! /usr/bin/python3 -c 'import numpy' >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq python3 python3-numpy >/dev/null
fi
/usr/bin/python3 -c 'import numpy, sys; print("python", sys.version.split()[0], "numpy", numpy.__version__)'

# the grader's production dependencies only (ml-matrix, esbuild, ajv …), exactly as locked
cd mlgrade
npm ci --omit=dev --no-audit --no-fund
