import numpy as np


def sigmoid(Z):
    """A = 1 / (1 + e^-Z), stable for large |Z|."""
    e = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
