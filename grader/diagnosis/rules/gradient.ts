// The gradient checks through the student's own forward and cost: when exactly one tensor
// disagrees with the slope of the student's own cost and the others agree, the forward pass is
// not to blame and that one tensor is named.
import type { GradientCheck } from '../../model/results.js';
import { finding, RANK, type Rule } from '../finding.js';

const fails = (c: GradientCheck): boolean => !c.passed;

export const gradientRule: Rule = (input) => {
  const own = input.gradientChecks.filter((c) => c.against === 'own-forward');
  const tensors = [...new Set(own.map((c) => c.tensor))];
  const failing = tensors.filter((t) => own.some((c) => c.tensor === t && fails(c)));
  if (failing.length !== 1 || tensors.length < 2) return [];
  const [tensor] = failing;
  const check = own.find((c) => c.tensor === tensor && fails(c)) as GradientCheck;
  const gradient = tensor.replace(/^d/, '');
  const diff =
    check.relativeDifference === null
      ? 'cannot be compared (wrong shape or not finite)'
      : `differs by ${check.relativeDifference.toPrecision(2)} (relative)`;
  const others = tensors.filter((t) => t !== tensor).join(', ');
  const what =
    `${tensor} ${diff} from the slope of YOUR forward and cost with respect to ${gradient} (case ` +
    `${check.case}), while ${others} agree with it: the mistake is in how ${tensor} is computed`;
  return [finding(input, 'gradient-mismatch', what, RANK.gradient)];
};
