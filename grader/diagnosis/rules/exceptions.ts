// A failed matrix product names a missing transpose only with proof: np.dot's error gives the
// operand shapes, and with one of them transposed the product has the shape of a tensor the step
// must return, on every case that threw. A TypeError from ml-matrix's mmul carries no shapes, and
// `.mmul` where `.mul` was due also fails on inner sizes: those are left to the mutants, which
// reproduce the student's own outcome case by case.
import type { ErrorInfo } from '../../model/results.js';
import { finding, RANK, type DiagnosisInput, type Rule } from '../finding.js';
import { dotShapes, errorClass, leafPairs, transposedProducts } from '../values.js';

/** The shapes of the tensors case i must return. */
function dueShapes(input: DiagnosisInput, i: number): string[] {
  const expected = input.expected[i];
  if (!expected) return [];
  return leafPairs(expected, expected).flatMap(({ expected: e }) => (e.kind === 'matrix' ? [`${e.rows},${e.cols}`] : []));
}

/** Whether a transpose of an operand turns the failed product into a tensor the step returns. */
function transposeFixes(input: DiagnosisInput, i: number, error: ErrorInfo): boolean {
  const shapes = dotShapes(error.message);
  if (!shapes) return false;
  const due = dueShapes(input, i);
  return transposedProducts(shapes).some(([r, c]) => due.includes(`${r},${c}`));
}

export const exceptionRule: Rule = (input) => {
  const products = input.errors.flatMap((e, i) => (e !== undefined && errorClass(e) === 'product' ? [{ e, i }] : []));
  if (products.length === 0 || !products.every(({ e, i }) => transposeFixes(input, i, e))) return [];
  const said = `a matrix product failed: "${products[0].e.message}"`;
  const what = `${said}: with one operand transposed it has the shape of the result, so a transpose is missing`;
  return [finding(input, 'missing-transpose', what, RANK.exception)];
};
