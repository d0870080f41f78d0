// Errors thrown by the numpy-like helper. They name the operation and the shapes involved, because
// a shape mismatch is the most common bug in vectorised code and the stack trace alone does not say
// which of the operands had the unexpected shape.

/** A 2-D shape `[rows, columns]`, or `null` for a plain number (a scalar). */
export type Shape = readonly [number, number] | null;

/** Thrown when operands have incompatible shapes, e.g. `dot: (3,6)·(1,6): inner dimensions 6 ≠ 1`. */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';

  constructor(message: string) {
    super(message);
  }
}

/** `(3,4)` for a matrix, `()` for a scalar (numpy writes a scalar's shape as `()`). */
export function formatShape(shape: Shape): string {
  return shape === null ? '()' : `(${shape[0]},${shape[1]})`;
}

/** `add: (3,4) + (2,4): shapes cannot be broadcast together`. */
export function broadcastError(op: string, separator: string, shapes: readonly Shape[]): ShapeError {
  const operands = shapes.map(formatShape).join(separator);
  return new ShapeError(`${op}: ${operands}: shapes cannot be broadcast together`);
}
