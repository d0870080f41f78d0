import numpy as np


def db(dZ):
    """db = (1/m) np.sum(dZ, axis=1, keepdims=True), (n, 1) (notes 001)."""
    return np.sum(dZ, axis=1, keepdims=True) / dZ.shape[1]
