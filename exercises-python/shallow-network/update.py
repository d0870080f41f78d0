import numpy as np


def update(params, grads, learning_rate):
    """
    One gradient-descent step  (notes 004, "Gradient descent for 1-hidden layer network"):

      W1 := W1 - α dW1    b1 := b1 - α db1    W2 := W2 - α dW2    b2 := b2 - α db2

    Every parameter keeps its shape. Return NEW params; do not change `params` or `grads`
    (ml-matrix's `W1.sub(...)` works in place: `mutates-input`). Minus, not plus (`update-sign`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: shallow-network/update")
