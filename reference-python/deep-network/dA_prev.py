import numpy as np


def dA_prev(W, dZ):
    """dA_prev = np.dot(W.T, dZ) (notes 001)."""
    return np.dot(W.T, dZ)
