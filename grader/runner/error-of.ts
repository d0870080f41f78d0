// A thrown value as plain data for the grader, in the student process (child.ts).
import { MAX_ERROR_MESSAGE, MAX_ERROR_NAME, MAX_ERROR_STACK, type WireError } from './protocol.js';

export function errorOf(e: unknown): WireError {
  // a thrown value's getters and toString are student code: any of them may throw in turn
  const text = (read: () => unknown, max: number): string => {
    try {
      return String(read()).slice(0, max);
    } catch {
      return '(unreadable)';
    }
  };
  let isError = false;
  try {
    isError = e instanceof Error; // a Proxy's getPrototypeOf trap runs here
  } catch {
    // treated as a non-Error value
  }
  if (isError) {
    const error = e as Error;
    return {
      name: text(() => error.name, MAX_ERROR_NAME),
      message: text(() => error.message, MAX_ERROR_MESSAGE),
      stack: text(() => error.stack ?? '', MAX_ERROR_STACK),
    };
  }
  return { name: 'Thrown', message: `threw a non-Error value: ${text(() => e, 200)}` };
}
