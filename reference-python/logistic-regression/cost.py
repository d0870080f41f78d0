import numpy as np


def cost(A, Y):
    """J = -(1/m) sum(Y log A + (1 - Y) log(1 - A)), A clipped to [1e-15, 1 - 1e-15] (notes 004)."""
    m = Y.shape[1]
    a = np.clip(A, 1e-15, 1 - 1e-15)
    return float(-np.sum(Y * np.log(a) + (1 - Y) * np.log(1 - a)) / m)
