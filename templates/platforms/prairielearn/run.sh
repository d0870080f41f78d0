#!/usr/bin/env bash
# PrairieLearn's external-grader entrypoint (the image's /mlgrade/run.sh, see Dockerfile). It grades
# /grade/student on the public cases and on the student's hidden cases: seeds derived from the
# teacher's secret in the course's serverFilesCourse (copied to
# /grade/serverFilesCourse/mlgrade/hidden-seeds.json, never shown to students) and the variant's
# seed (/grade/data/data.json: PrairieLearn gives the grader no user id; MLGRADE_STUDENT_ID, when
# set, wins). It always leaves a valid /grade/results/results.json: when grading itself fails,
# `gradable: false`, so the attempt costs the student nothing. It prints no report (the console
# report counts hidden cases).
# GRADE_ROOT (default /grade) and MLGRADE_HOME (default /mlgrade) let the tests run it on a fake tree;
# MLGRADE_EXERCISE (set by the release's questions) grades /grade/student as that exercise's folder.
set -uo pipefail
ROOT="${GRADE_ROOT:-/grade}"
GRADER="${MLGRADE_HOME:-/mlgrade}"
SEEDS="${MLGRADE_HIDDEN_SEEDS:-$ROOT/serverFilesCourse/mlgrade/hidden-seeds.json}"
RESULTS="$ROOT/results"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$RESULTS"

# A release's question (questions/<id>/info.json) names its exercise in MLGRADE_EXERCISE: its
# pl-file-upload puts the files of that exercise's folder straight into /grade/student, which is
# then graded as the exercise's folder. Otherwise /grade/student is the student's workspace (with
# exercises/) or the exercise folders themselves, however deep.
EXERCISE="${MLGRADE_EXERCISE:-}"
WHERE=(--submission "$ROOT/student")
if [ -n "$EXERCISE" ]; then
  if [[ ! "$EXERCISE" =~ ^[a-z0-9][a-z0-9-]*$ ]]; then echo "MLGRADE_EXERCISE=$EXERCISE is not an exercise id" >&2; EXERCISE=""; fi
fi
if [ -n "$EXERCISE" ]; then
  mkdir -p "$WORK/submission/$EXERCISE"
  cp -R "$ROOT/student/." "$WORK/submission/$EXERCISE/" 2>/dev/null
  WHERE=(--submission "$WORK/submission" --exercise "$EXERCISE")
elif [ -d "$ROOT/student/exercises" ]; then
  cd "$ROOT/student" && WHERE=()
fi
HIDDEN=()
if [ -f "$SEEDS" ]; then HIDDEN=(--hidden-seeds "$SEEDS"); fi
if [ -z "${MLGRADE_STUDENT_ID:-}" ] && [ -f "$ROOT/data/data.json" ]; then
  MLGRADE_STUDENT_ID="$(node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (d.variant_seed !== undefined) process.stdout.write(`variant-${d.variant_seed}`);
  ' "$ROOT/data/data.json" 2>/dev/null)"
  export MLGRADE_STUDENT_ID
fi

# the assignment is the grader package's grade.config.json (written by the release), named
# explicitly so that no grade.config.json a student uploads is ever read
node "$GRADER/bin/grade.js" "${WHERE[@]}" --config "$GRADER/grade.config.json" "${HIDDEN[@]}" \
  --reporter prairielearn --out-dir "$WORK/out" --no-color > "$WORK/grade.log" 2>&1
status=$?
echo "grade exited with status $status"

if [ -s "$WORK/out/prairielearn-results.json" ] && cp "$WORK/out/prairielearn-results.json" "$RESULTS/results.json"; then
  exit 0
fi
# for the instructor's job log: why grading stopped (no results were written, so no report was printed)
sed -n '/^grade: /,$p' "$WORK/grade.log" | head -c 4000
reason="$(grep -m1 -E '^grade: ' "$WORK/grade.log" | cut -c1-300)"
if ! WHY="grading stopped with exit status $status before writing any results${reason:+ ($reason)}" node -e '
  const message = `The grader could not grade this submission: ${process.env.WHY}.`;
  process.stdout.write(JSON.stringify({ gradable: false, format_errors: [message], message, output: "" }, null, 2) + "\n");
' > "$RESULTS/results.json"; then
  printf '%s\n' '{"gradable": false, "format_errors": ["The grader could not start."], "message": "The grader could not start."}' > "$RESULTS/results.json"
fi
exit 0
