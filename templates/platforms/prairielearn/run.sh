#!/usr/bin/env bash
# PrairieLearn's external-grader entrypoint (the image's /mlgrade/run.sh, see Dockerfile). It grades
# /grade/student on the public cases and on the hidden seeds' cases, read from the course's
# serverFilesCourse (copied to /grade/serverFilesCourse/mlgrade/hidden-seeds.json, never shown to
# students), and always leaves a valid /grade/results/results.json: when grading itself fails,
# `gradable: false`, so the attempt costs the student nothing.
# GRADE_ROOT (default /grade) and MLGRADE_HOME (default /mlgrade) let the tests run it on a fake tree.
set -uo pipefail
ROOT="${GRADE_ROOT:-/grade}"
GRADER="${MLGRADE_HOME:-/mlgrade}"
SEEDS="${MLGRADE_HIDDEN_SEEDS:-$ROOT/serverFilesCourse/mlgrade/hidden-seeds.json}"
RESULTS="$ROOT/results"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$RESULTS"

# the student's workspace (with exercises/) or the exercise folders themselves
WHERE=(--submission "$ROOT/student")
if [ -d "$ROOT/student/exercises" ]; then cd "$ROOT/student" && WHERE=(); fi
HIDDEN=()
if [ -f "$SEEDS" ]; then HIDDEN=(--hidden-seeds "$SEEDS"); fi

# the assignment is the grader package's grade.config.json (written by the release), named
# explicitly so that no grade.config.json a student uploads is ever read
node "$GRADER/bin/grade.js" "${WHERE[@]}" --config "$GRADER/grade.config.json" "${HIDDEN[@]}" \
  --reporter prairielearn --out-dir "$WORK/out" --no-color > "$WORK/grade.log" 2>&1
status=$?
cat "$WORK/grade.log"

if [ -s "$WORK/out/prairielearn-results.json" ] && cp "$WORK/out/prairielearn-results.json" "$RESULTS/results.json"; then
  exit 0
fi
if ! WHY="grading stopped with exit status $status before writing any results" LOG="$WORK/grade.log" node -e '
  const fs = require("fs");
  const log = fs.existsSync(process.env.LOG) ? fs.readFileSync(process.env.LOG, "utf8").slice(-4000) : "";
  const message = `The grader could not grade this submission: ${process.env.WHY}.`;
  process.stdout.write(JSON.stringify({ gradable: false, format_errors: [message], message, output: log }, null, 2) + "\n");
' > "$RESULTS/results.json"; then
  printf '%s\n' '{"gradable": false, "format_errors": ["The grader could not start."], "message": "The grader could not start."}' > "$RESULTS/results.json"
fi
exit 0
