import numpy as np


def dZ(A, Y):
    """
    dZ = A - Y  (notes 003, 004 "Vectorizing logistic regression"), shape (1, m).

    This is dL/dz for sigmoid + log loss: (-y/a + (1-y)/(1-a)) · a(1-a) simplifies to a - y.
    No 1/m here: it belongs to dW and db only (putting it here too is `double-1-over-m`).
    `A -= Y` changes the caller's A in place (`mutates-input`): return `A - Y`, a new array.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: logistic-regression/dZ")
