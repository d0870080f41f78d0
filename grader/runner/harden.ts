// Done in the student process before any student code loads. Not a wall — student code shares the
// process and node's permission model, uid and namespaces are what confine it — but it turns the
// usual accidents into readable step errors and keeps one step from changing the shared libraries
// under the others' feet.
import { lockIntrinsics } from './lock-intrinsics.js';
import { forbidNetwork } from './network-guard.js';

/** A step called process.exit(), abort() or kill(): the step fails with this, the process lives on. */
export class ForbiddenCall extends Error {
  override name = 'ForbiddenCall';
}

/**
 * Replaces process.exit/abort/kill and the network's entry points (network-guard.ts) with functions that throw, freezes the built-ins
 * (lock-intrinsics.ts) and the shared libraries (ml-matrix, the np helper) with their classes, and
 * makes the global bindings to frozen objects read-only. Returns the real exit, for the runner itself.
 */
export function harden(libraries: unknown[]): (code: number) => never {
  const exit = process.exit.bind(process);
  const forbid = (name: string, why: string): void => {
    const refuse = (): never => {
      const error = new ForbiddenCall(`process.${name}() is not allowed in a step: ${why}`);
      // the stack starts at the student's call, which is where the error is reported
      Error.captureStackTrace(error, refuse);
      throw error;
    };
    Object.defineProperty(process, name, {
      value: refuse,
      writable: false,
      configurable: false,
    });
  };
  forbid('exit', 'return the result instead');
  forbid('abort', 'throw an Error instead');
  // without a dedicated uid or namespaces, a signal could reach the grader or the user's other programs
  forbid('kill', 'a step sends no signals');
  forbid('_kill', 'a step sends no signals');
  // bubblewrap adds PWD to the empty environment the grader gives: only PATH stays
  for (const key of Object.keys(process.env)) if (key !== 'PATH') delete process.env[key];
  forbidNetwork();
  lockIntrinsics();
  for (const library of libraries) deepFreeze(library, 3);
  lockGlobalBindings();
  return exit;
}

/**
 * Freezing Math, Array … leaves the global bindings to them alone: `globalThis.Math =
 * fake` would still swap Math for every later step. The bindings to frozen objects become read-only.
 */
function lockGlobalBindings(): void {
  for (const key of Reflect.ownKeys(globalThis)) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
    const value: unknown = descriptor?.value;
    if (!descriptor?.configurable || !('value' in descriptor)) continue;
    if ((typeof value === 'object' || typeof value === 'function') && value !== null && Object.isFrozen(value)) {
      Object.defineProperty(globalThis, key, { writable: false, configurable: false });
    }
  }
}

/** Freezes an object, its functions and their prototypes, a few levels deep. */
function deepFreeze(value: unknown, depth: number): void {
  if (depth < 0 || value === null || (typeof value !== 'object' && typeof value !== 'function') || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value as object)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value, depth - 1);
  }
  if (typeof value === 'function') deepFreeze((value as { prototype?: unknown }).prototype, depth - 1);
}
