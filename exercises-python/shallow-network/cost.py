import numpy as np


def cost(A2, Y):
    """
    J = -(1/m) Σ [ Y log A2 + (1 - Y) log(1 - A2) ]  (notes 004 "Gradient descent for 1-hidden layer network", 000).

    A2 (1, m), Y (1, m) → a number; m = columns of Y. Average over the examples (notes 000 give the
    loss of one example; the cost is its mean: `missing-1-over-m`), keep the minus (`cost-sign`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/cost")
