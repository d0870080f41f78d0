import numpy as np


def cost(AL, Y):
    """J = -(1/m) sum(Y log AL + (1 - Y) log(1 - AL)), AL clipped to [1e-15, 1 - 1e-15]."""
    a = np.clip(AL, 1e-15, 1 - 1e-15)
    return float(-np.sum(Y * np.log(a) + (1 - Y) * np.log(1 - a)) / Y.shape[1])
