// Flags of the student's node process. The permission model lets it read its compiled folder and
// nothing else, and forbids writes, child processes, workers, WASI, the inspector and native addons.
// The built-ins are frozen by the runner itself (grader/runner/lock-intrinsics.ts), not with node's
// --frozen-intrinsics, under which the students' matrix code ran 3× slower.
// Node's own docs call the permission model a seat belt, not a wall against malicious code: the
// dedicated uid and the namespaces are the walls where they are available.

/** `--permission` is the stable name from node 22.13 and 23.5; node 20 only has the experimental one. */
export function permissionFlag(version = process.versions.node): string {
  const [major, minor] = version.split('.').map(Number);
  const stable = major > 23 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13);
  return stable ? '--permission' : '--experimental-permission';
}

export function nodeFlags(root: string, heapMb: number): string[] {
  return [
    permissionFlag(),
    `--allow-fs-read=${root}`,
    '--no-addons',
    `--max-old-space-size=${heapMb}`,
    '--stack-size=2000',
    // the permission model's warning would crowd out a crash's own message
    '--disable-warning=ExperimentalWarning',
  ];
}
