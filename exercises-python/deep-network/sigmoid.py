import numpy as np


def sigmoid(Z):
    """
    A = σ(Z) = 1 / (1 + e^{-Z}), entry by entry  (notes 001, 002): the output layer L.

    Z (n^[L], m) → A of the same shape. Must give 0 and 1, never NaN, for Z = -1000 and 1000.
    Mind the sign of the exponent (`sigmoid-sign`).

    Arrays are 2-D numpy arrays of floats (shapes above); a number is a Python float.
    Return new values: never change an argument in place (`mutates-input`).
    """
    raise NotImplementedError("not implemented yet: deep-network/sigmoid")
