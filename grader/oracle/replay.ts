// The student bundle's own-cost calls: the template's calls with each point entry put back where
// the release found it, so finite differences of the student's own forward and cost perturb
// exactly what they perturb in the full grader.
import { live } from '../model/live.js';
import { encodeNumber, setAt, type OwnCostTemplate, type Wire } from '../model/wire.js';
import type { PipelineCall, Point } from '../spec/types.js';

export function replayOwnCost(template: OwnCostTemplate | undefined, point: Point): PipelineCall[] {
  if (!template) throw new Error('no own-cost template for this case');
  const calls = structuredClone(template.calls);
  for (const [name, entries] of Object.entries(template.slots)) {
    const tensor = point[name];
    entries.forEach((paths, k) => {
      const value = encodeNumber(tensor.get(Math.floor(k / tensor.columns), k % tensor.columns));
      for (const path of paths) setAt(calls as unknown as Wire, path, value);
    });
  }
  return calls.map((call) => ({ step: call.step, args: call.args.map(live) }));
}
