// Errors that say what is wrong: a matrix product whose inner sizes disagree is, almost always, a
// missing transpose (or one too many), whether np.dot says so or ml-matrix's mmul reads past the
// last row of its right-hand matrix.
import { finding, RANK, type Rule } from '../finding.js';
import { errorClass } from '../values.js';

export const exceptionRule: Rule = (input) => {
  const product = input.errors.find((e) => e !== undefined && errorClass(e) === 'product');
  if (!product) return [];
  const fromHelper = /inner dimensions|dot:/.test(product.message);
  const said = fromHelper
    ? `a matrix product failed: "${product.message}"`
    : `"${product.name}: ${product.message}" is what ml-matrix's mmul throws when the left matrix has more columns than the right one has rows`;
  return [finding(input, 'missing-transpose', `${said}: the inner sizes of a product disagree, so a transpose is missing (or one too many)`, RANK.exception)];
};
