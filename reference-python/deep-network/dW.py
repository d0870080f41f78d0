import numpy as np


def dW(dZ, A_prev):
    """dW = (1/m) np.dot(dZ, A_prev.T) (notes 001)."""
    return np.dot(dZ, A_prev.T) / A_prev.shape[1]
