import numpy as np


def dW(dZ, A_prev):
    """
    dW^[l] = (1/m) dZ^[l] A^[l-1]ᵀ  (notes 001, 004 "vectorized form"), shape (n^[l], n^[l-1]) like W^[l].

    dZ (n^[l], m), A_prev (n^[l-1], m) → (n^[l], m)·(m, n^[l-1]). m = columns of dZ.
    Notes 002 write `dw = 1/m dz · a^[L-1]` without the transpose (`missing-transpose`); notes 003's
    `a_1 · dz_2` gives the transpose of the right result (`transposed-result`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/dW")
