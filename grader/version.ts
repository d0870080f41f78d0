// The grader's name and version, as results report them.
export const TOOL = { name: 'mlgrade', version: '0.1.0' };
