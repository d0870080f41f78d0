import numpy as np


def relu(Z):
    """
    A = relu(Z) = max(0, Z), entry by entry: the hidden layers 1 … L-1  (notes 004 "Deep neural networks").

    Z (n^[l], m) → A of the same shape. `np.maximum(Z, 0)` does it.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/relu")
