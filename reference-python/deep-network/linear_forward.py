import numpy as np


def linear_forward(A_prev, W, b):
    """Z = W A_prev + b, b broadcast over the m columns (notes 001)."""
    return np.dot(W, A_prev) + b
