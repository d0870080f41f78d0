import numpy as np


def linear_forward(A_prev, W, b):
    """
    Z^[l] = W^[l] A^[l-1] + b^[l]  (notes 001, 004 "Deep neural networks", "Vectorized Form").

    A_prev (n^[l-1], m), W (n^[l], n^[l-1]), b (n^[l], 1) → (n^[l], n^[l-1])·(n^[l-1], m) = (n^[l], m);
    b is added to every column ("b is broadcasted"). Without + b: `missing-bias`.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/linearForward")
