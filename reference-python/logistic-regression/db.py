import numpy as np


def db(dZ):
    """db = (1/m) np.sum(dZ), a number (notes 004)."""
    return float(np.sum(dZ) / dZ.shape[1])
