import numpy as np


def dA_prev(W, dZ):
    """
    dA^[l-1] = W^[l]ᵀ dZ^[l]  (notes 002, 004 "Back propagation").

    W (n^[l], n^[l-1]), dZ (n^[l], m) → (n^[l-1], n^[l])·(n^[l], m) = (n^[l-1], m), the shape of A^[l-1].
    No 1/m: the average is taken once, in dW and db.

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/dAPrev")
