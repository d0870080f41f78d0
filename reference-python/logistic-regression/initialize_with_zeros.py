import numpy as np


def initialize_with_zeros(dim):
    """w = zeros (dim, 1), b = 0 (notes 004)."""
    return np.zeros((dim, 1)), 0.0
